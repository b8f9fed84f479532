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

var app = new App();
new EnumStack(app, "Enum", Stage.Prod);
app.Synth();

public enum Stage { Dev, Prod }

public class EnumStack : Stack
{
    public EnumStack(Construct scope, string id, Stage stage) : base(scope, id)
    {
        var account = stage switch
        {
            Stage.Dev => "120394857601",
            Stage.Prod => "907316259841", //! CDK201
            _ => throw new ArgumentOutOfRangeException(nameof(stage)),
        };
        var role = Role.FromRoleArn(this, "Deployer", $"arn:aws:iam::{account}:role/deployer");
        new CfnOutput(this, "DeployerArn", new CfnOutputProps { Value = role.RoleArn });
    }
}
