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
IStageConfig config = new ProdConfig();
new IfaceStack(app, "Iface", config);
app.Synth();

public interface IStageConfig
{
    string Account { get; }
    string Region { get; }
}

public sealed class ProdConfig : IStageConfig
{
    public string Account => "907316259841"; //! CDK201
    public string Region => "eu-north-1";
}

public class IfaceStack : Stack
{
    public IfaceStack(Construct scope, string id, IStageConfig config) : base(scope, id)
    {
        var role = Role.FromRoleArn(this, "Ops", $"arn:aws:iam::{config.Account}:role/ops");
        new CfnOutput(this, "OpsArn", new CfnOutputProps { Value = role.RoleArn });
    }
}
