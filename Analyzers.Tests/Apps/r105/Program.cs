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
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.ECR;
using Amazon.CDK.AWS.StepFunctions;
using Amazon.CDK.AWS.Lambda.EventSources;
using Amazon.CDK.AWS.SSM;
using System.Text;
using System.Globalization;

var app = new App();
new FnStack(app, "Fns", new ServiceNaming("customer-notification-platform", "production-eu-central-1"));
app.Synth();

public sealed record ServiceNaming(string Service, string Stage)
{
    public string Function(string name) => $"{Service}-{Stage}-{name}";
}

public sealed class FnStack : Stack
{
    public FnStack(Construct scope, string id, ServiceNaming naming) : base(scope, id)
    {
        var fn = new Function(this, "Dispatcher", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "app.handler",
            Code = Code.FromInline("def handler(e, c): pass"),
            FunctionName = naming.Function("dispatcher"), //! CDK111
        });
        new CfnOutput(this, "DispatcherName", new CfnOutputProps { Value = fn.FunctionName });
    }
}
