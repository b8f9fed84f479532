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
new DbStack(app, "Db");
app.Synth();

public class DbStack : Stack
{
    private const string AdminPassword = "Tr0ub4dor&3-prod"; //! CDK601

    public DbStack(Construct scope, string id) : base(scope, id)
    {
        var cluster = new Amazon.CDK.AWS.RDS.CfnDBCluster(this, "Cluster", new Amazon.CDK.AWS.RDS.CfnDBClusterProps
        {
            Engine = "aurora-postgresql",
            MasterUsername = "admin",
            MasterUserPassword = AdminPassword,
        });
        new CfnOutput(this, "ClusterId", new CfnOutputProps { Value = cluster.Ref });
    }
}
