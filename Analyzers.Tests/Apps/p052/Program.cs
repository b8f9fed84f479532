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
new PrincipalStack(app, "Principal", new Settings("907316259841")); //! CDK201
app.Synth();

public class Settings(string auditAccount)
{
    public string AuditAccount => auditAccount;
}

public class PrincipalStack : Stack
{
    public PrincipalStack(Construct scope, string id, Settings settings) : base(scope, id)
    {
        var role = new Role(this, "Audit", new RoleProps { AssumedBy = new AccountPrincipal(settings.AuditAccount) });
        new CfnOutput(this, "AuditRole", new CfnOutputProps { Value = role.RoleArn });
    }
}
