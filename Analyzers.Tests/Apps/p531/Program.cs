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
new TablesStack(app, "Tables", new TableConfig("prod", 2));
app.Synth();

public sealed record TableConfig(string Stage, int Replicas);

public class TablesStack : Stack
{
    public TablesStack(Construct scope, string id, TableConfig config) : base(scope, id)
    {
        var region = config switch
        {
            { Stage: "prod", Replicas: > 1 } => "us-east-1", //! CDK203
            _ => Stack.Of(this).Region,
        };
        var table = Table.FromTableArn(this, "Sessions", $"arn:aws:dynamodb:{region}:{Aws.ACCOUNT_ID}:table/sessions");
        new CfnOutput(this, "SessionsTable", new CfnOutputProps { Value = table.TableName });
    }
}
