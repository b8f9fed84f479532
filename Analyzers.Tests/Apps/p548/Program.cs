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
new EdgeStack(app, "Edge", Language.Node);
app.Synth();

public enum Language { Node, Python }

public class EdgeStack : Stack
{
    public EdgeStack(Construct scope, string id, Language language) : base(scope, id)
    {
        var runtime = language switch
        {
            Language.Node => Runtime.NODEJS_16_X, //! CDK108
            _ => Runtime.PYTHON_3_12,
        };
        var edge = new Function(this, "Edge", new FunctionProps { Runtime = runtime, Handler = "index.handler", Code = Code.FromInline("x") });
        new CfnOutput(this, "EdgeName", new CfnOutputProps { Value = edge.FunctionName });
    }
}
