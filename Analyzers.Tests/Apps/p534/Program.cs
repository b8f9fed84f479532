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
new TrustStack(app, "Trust");
app.Synth();

public class TrustStack : Stack
{
    public TrustStack(Construct scope, string id) : base(scope, id)
    {
        string partnerAccount;
        string partnerRegion;
        ReadPartner(out partnerAccount, out partnerRegion);
        var role = new Role(this, "Partner", new RoleProps { AssumedBy = new AccountPrincipal(partnerAccount) });
        var topic = Topic.FromTopicArn(this, "PartnerEvents", $"arn:aws:sns:{partnerRegion}:{Aws.ACCOUNT_ID}:partner-events");
        new CfnOutput(this, "PartnerRoleArn", new CfnOutputProps { Value = role.RoleArn });
        new CfnOutput(this, "PartnerEventsArn", new CfnOutputProps { Value = topic.TopicArn });
    }

    private void ReadPartner(out string account, out string region)
    {
        account = Node.TryGetContext("partner") as string ?? "777788889999"; //! CDK202
        region = "ap-southeast-2"; //! CDK203
    }
}
