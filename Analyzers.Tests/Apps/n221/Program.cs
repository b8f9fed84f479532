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
var network = new NetworkStack(app, "Network", new StackProps { Env = Deploy.Target });
new ServiceStack(app, "Service", new ServiceStackProps { Env = Deploy.Target, Vpc = network.Vpc });
app.Synth();

public static class Deploy
{
    public static Environment Target { get; } = new()
    {
        Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"),
        Region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION"),
    };
}

public class NetworkStack : Stack
{
    public NetworkStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        Vpc = Amazon.CDK.AWS.EC2.Vpc.FromLookup(this, "Vpc", new VpcLookupOptions { VpcName = "shared" });
        new CfnOutput(this, "VpcId", new CfnOutputProps { Value = Vpc.VpcId });
    }

    public IVpc Vpc { get; }
}

public sealed class ServiceStackProps : StackProps
{
    public required IVpc Vpc { get; init; }
}

public class ServiceStack : Stack
{
    public ServiceStack(Construct scope, string id, ServiceStackProps props) : base(scope, id, props)
    {
        var cluster = new Cluster(this, "Cluster", new ClusterProps { Vpc = props.Vpc });
        var sg = SecurityGroup.FromLookupByName(this, "Sg", "default", props.Vpc);
        new CfnOutput(this, "ClusterName", new CfnOutputProps { Value = cluster.ClusterName + sg.SecurityGroupId });
    }
}
