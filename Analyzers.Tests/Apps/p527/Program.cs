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
using LogLevel = Amazon.CDK.AWS.StepFunctions.LogLevel;
using System.Text;
using System.Globalization;
var app = new App();
new HandlersStack(app, "Handlers");
app.Synth();

public class HandlersStack : Stack
{
    public HandlersStack(Construct scope, string id) : base(scope, id)
    {
        var names = new[] { "Orders", "Payments" };
        var handlers = names.Select(name => new Function(this, name, new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("x"),
            Environment = new Dictionary<string, string> { ["AWS_REGION"] = "eu-west-1", ["SERVICE"] = name }, //! CDK101
        })).ToList();
        foreach (var handler in handlers)
            new CfnOutput(this, handler.Node.Id + "Name", new CfnOutputProps { Value = handler.FunctionName });
    }
}
