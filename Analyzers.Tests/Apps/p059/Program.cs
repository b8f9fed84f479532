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
new CfnLogsStack(app, "CfnLogs");
app.Synth();

public class CfnLogsStack : Stack
{
    public CfnLogsStack(Construct scope, string id) : base(scope, id)
    {
        var key = new Key(this, "LogsKey");
        var group = new CfnLogGroup(this, "Logs", new CfnLogGroupProps { KmsKeyId = key.KeyArn, RetentionInDays = 30 }); //! CDK105
        new CfnOutput(this, "LogGroup", new CfnOutputProps { Value = group.Ref });
    }
}
