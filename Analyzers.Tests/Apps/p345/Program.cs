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
new TablesStack(app, "Tables");
app.Synth();

public class TablesStack : Stack
{
    public TablesStack(Construct scope, string id) : base(scope, id)
    {
        var table = new TableV2(this, "Orders", new TablePropsV2
        {
            PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING },
            SortKey = new Attribute { Name = "sk", Type = AttributeType.STRING },
            GlobalSecondaryIndexes =
            [
                new GlobalSecondaryIndexPropsV2 { IndexName = "byCustomer", PartitionKey = new Attribute { Name = "gsi1pk", Type = AttributeType.STRING } },
                new GlobalSecondaryIndexPropsV2 { IndexName = "byStatus", PartitionKey = new Attribute { Name = "GSI2PK", Type = AttributeType.STRING } }, //! CDK401
            ],
        });
        new CfnOutput(this, "OrdersTable", new CfnOutputProps { Value = table.TableName });
    }
}
