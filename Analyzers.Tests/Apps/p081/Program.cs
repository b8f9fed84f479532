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
new EnvPropStack(app, "EnvProp", new StackProps { Env = Envs.Prod });
app.Synth();

public static class Envs
{
    public static Environment Prod => new() { Account = "907316259841", Region = "eu-west-1" }; //! CDK201
}

public class EnvPropStack : Stack
{
    public EnvPropStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        var q = new Queue(this, "Q");
        new CfnOutput(this, "QUrl", new CfnOutputProps { Value = q.QueueUrl });
    }
}
