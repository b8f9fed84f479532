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

var app = new App();
new L1Stack(app, "L1");
app.Synth();

public class L1Stack : Stack
{
    public L1Stack(Construct scope, string id) : base(scope, id)
    {
        var table = new CfnTable(this, "Events", new CfnTableProps
        {
            BillingMode = "PAY_PER_REQUEST",
            AttributeDefinitions = new object[] {
                new CfnTable.AttributeDefinitionProperty { AttributeName = "PK", AttributeType = "S" },
                new CfnTable.AttributeDefinitionProperty { AttributeName = "sortKey", AttributeType = "S" },
            },
            KeySchema = new object[] {
                new CfnTable.KeySchemaProperty { AttributeName = "PK", KeyType = "HASH" },
                new CfnTable.KeySchemaProperty { AttributeName = "sortKey", KeyType = "RANGE" },
            },
        });
        new CfnOutput(this, "EventsTable", new CfnOutputProps { Value = table.Ref });
    }
}
