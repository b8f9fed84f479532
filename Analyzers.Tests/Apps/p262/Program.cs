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
new LookupStack(app, "Lookup", new StackProps { Env = Envs.Shared });
new LookupStack(app, "Lookup2", new StackProps { Env = Envs.Partial });
app.Synth();

public static class Envs
{
    public static Environment Shared { get; } = new() { Account = "210987654321", Region = "eu-west-1" }; //! CDK201
    public static Environment Partial => new() { Region = "eu-west-1" };
}

public class LookupStack : Stack
{
    public LookupStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        var vpc = Vpc.FromLookup(this, "Vpc", new VpcLookupOptions { VpcName = "shared" }); //! CDK107
        new CfnOutput(this, "VpcId", new CfnOutputProps { Value = vpc.VpcId });
    }
}
