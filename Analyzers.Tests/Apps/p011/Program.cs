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
new UsersStack(app, "Users");
app.Synth();

public class UsersStack : Stack
{
    public UsersStack(Construct scope, string id) : base(scope, id)
    {
        Attribute pk = new() { Name = "userId", Type = AttributeType.STRING };
        Attribute sk = new() { Name = "created_at", Type = AttributeType.NUMBER }; //! CDK401
        var table = new Table(this, "Users", new TableProps { PartitionKey = pk, SortKey = sk, BillingMode = BillingMode.PAY_PER_REQUEST });
        new CfnOutput(this, "UsersTable", new CfnOutputProps { Value = table.TableName });
    }
}
