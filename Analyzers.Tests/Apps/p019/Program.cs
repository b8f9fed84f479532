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

var app = new App();
new RoleStack(app, "Roles");
app.Synth();

public class RoleStack : Stack
{
    public RoleStack(Construct scope, string id) : base(scope, id)
    {
        var trusted = string.Join(":", "arn", "aws", "iam", "", "210987654321", "root"); //! CDK201
        var role = new Role(this, "CrossAccount", new RoleProps { AssumedBy = new ArnPrincipal(trusted) });
        new CfnOutput(this, "RoleArn", new CfnOutputProps { Value = role.RoleArn });
    }
}
