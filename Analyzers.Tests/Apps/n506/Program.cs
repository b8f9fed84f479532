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
new LimitsStack(app, "Limits");
app.Synth();

public class LimitsStack : Stack
{
    public LimitsStack(Construct scope, string id) : base(scope, id)
    {
        if (!int.TryParse(Node.TryGetContext("retention") as string, out var days))
            days = 14;
        TryGetPartner(out var partner);
        var role = new Role(this, "Partner", new RoleProps { AssumedBy = new AccountPrincipal(partner) });
        var queue = new Queue(this, "Jobs", new QueueProps { RetentionPeriod = Duration.Days(days) });
        new CfnOutput(this, "PartnerRoleArn", new CfnOutputProps { Value = role.RoleArn });
        new CfnOutput(this, "JobsUrl", new CfnOutputProps { Value = queue.QueueUrl });
    }

    private bool TryGetPartner(out string account)
    {
        account = Stack.Of(this).Account;
        return true;
    }
}
