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
new WebStack(app, "Web", new StackProps { Env = new Environment { Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"), Region = "eu-west-1" } });
app.Synth();

public class WebStack : Stack
{
    public WebStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        var vpc = new Vpc(this, "Vpc", new VpcProps { MaxAzs = 2 });
        var cluster = new Cluster(this, "Cluster", new ClusterProps { Vpc = vpc });
        var service = new Amazon.CDK.AWS.ECS.Patterns.ApplicationLoadBalancedFargateService(this, "Web", new Amazon.CDK.AWS.ECS.Patterns.ApplicationLoadBalancedFargateServiceProps
        {
            Cluster = cluster,
            LoadBalancerName = "web-prod-alb",
            TaskImageOptions = new Amazon.CDK.AWS.ECS.Patterns.ApplicationLoadBalancedTaskImageOptions
            {
                Image = ContainerImage.FromRegistry("public.ecr.aws/nginx/nginx:latest"),
                Environment = new Dictionary<string, string> { ["AWS_REGION_NAME"] = Region },
            },
        });
        new CfnOutput(this, "Url", new CfnOutputProps { Value = service.LoadBalancer.LoadBalancerDnsName });
        new CfnOutput(this, "VpcId", new CfnOutputProps { Value = vpc.VpcId });
        new CfnOutput(this, "ClusterName", new CfnOutputProps { Value = cluster.ClusterName });
    }
}
