using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SQS;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.KMS;
using Constructs;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;
using Function = Amazon.CDK.AWS.Lambda.Function;
using Environment = Amazon.CDK.Environment;

var app = new App();
var stack = new Stack(app, "Services");
new Service(stack, "Orders", new("orders"));
new Service(stack, "Billing", new("billing", Reserved: 20)); //! CDK103
new CfnOutput(stack, "Done", new CfnOutputProps { Value = "ok" });
app.Synth();

public record ServiceProps(string Name, int Reserved = 50);

public class Service : Construct
{
    public Service(Construct scope, string id, ServiceProps props) : base(scope, id)
    {
        new Function(this, "Fn", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "h",
            Code = Code.FromInline("x"),
            FunctionName = props.Name,
            ReservedConcurrentExecutions = props.Reserved, //! CDK103
        });
    }
}
