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
var prod = new ProdStage(app, "Prod", new StageProps { Env = new Environment { Account = "210987654321", Region = "eu-west-1" } }); //! CDK201
app.Synth();

public class ProdStage : Stage
{
    public ProdStage(Construct scope, string id, IStageProps props) : base(scope, id, props)
    {
        new NetworkStack(this, "Network");
    }
}

public class NetworkStack : Stack
{
    public NetworkStack(Construct scope, string id) : base(scope, id)
    {
        var vpc = Vpc.FromLookup(this, "Vpc", new VpcLookupOptions { IsDefault = true });
        new CfnOutput(this, "VpcId", new CfnOutputProps { Value = vpc.VpcId });
    }
}
