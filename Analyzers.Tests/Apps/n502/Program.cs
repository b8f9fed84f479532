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
new ProdStage(app, "Prod", new StageProps { Env = new Environment { Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"), Region = "eu-west-1" } });
app.Synth();

public class ProdStage : Stage
{
    public ProdStage(Construct scope, string id, IStageProps props) : base(scope, id, props)
    {
        var network = new NetworkStack(this, "Network");
        new ServiceStack(this, "Service", network.Vpc);
    }
}

public class NetworkStack : Stack
{
    public IVpc Vpc { get; }

    public NetworkStack(Construct scope, string id) : base(scope, id)
    {
        Vpc = Amazon.CDK.AWS.EC2.Vpc.FromLookup(this, "Vpc", new VpcLookupOptions { IsDefault = true });
        new CfnOutput(this, "VpcId", new CfnOutputProps { Value = Vpc.VpcId });
    }
}

public class ServiceStack : Stack
{
    public ServiceStack(Construct scope, string id, IVpc vpc) : base(scope, id)
    {
        var cluster = new Cluster(this, "Cluster", new ClusterProps { Vpc = vpc });
        new CfnOutput(this, "ClusterName", new CfnOutputProps { Value = cluster.ClusterName });
    }
}
