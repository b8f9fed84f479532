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
new RawStack(app, "Raw");
app.Synth();

public class RawStack : Stack
{
    public RawStack(Construct scope, string id) : base(scope, id)
    {
        var role = new Role(this, "Exec", new RoleProps { AssumedBy = new ServicePrincipal("lambda.amazonaws.com") });
        var fn = new CfnFunction(this, "Raw", new CfnFunctionProps
        {
            Role = role.RoleArn,
            Runtime = "python3.12",
            Handler = "index.handler",
            Code = new CfnFunction.CodeProperty { ZipFile = "def handler(e, c): pass" },
            Environment = new CfnFunction.EnvironmentProperty
            {
                Variables = new Dictionary<string, string> { ["AWS_DEFAULT_REGION"] = "eu-west-1" }, //! CDK101
            },
        });
        new CfnOutput(this, "RawName", new CfnOutputProps { Value = fn.Ref });
    }
}
