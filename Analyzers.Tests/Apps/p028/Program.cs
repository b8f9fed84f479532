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

var app = new App();
new EndpointStack(app, "Endpoints", "prod");
app.Synth();

public class EndpointStack : Stack
{
    public EndpointStack(Construct scope, string id, string stage) : base(scope, id)
    {
        var region = stage switch
        {
            "prod" => "eu-west-1", //! CDK203
            _ => "us-east-2",
        };
        var fn = new Function(this, "Caller", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("x"),
            Environment = new Dictionary<string, string> { ["SQS_ENDPOINT"] = $"https://sqs.{region}.amazonaws.com" }, //! CDK305
        });
        new CfnOutput(this, "CallerFn", new CfnOutputProps { Value = fn.FunctionName });
    }
}
