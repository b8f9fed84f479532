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
new CatalogStack(app, "Catalog", new TableSpec("products", "ProductId", "sku_code")); //! CDK401
app.Synth();

public readonly record struct TableSpec(string Name, string PartitionKey, string SortKey);

public class CatalogStack : Stack
{
    public CatalogStack(Construct scope, string id, TableSpec spec) : base(scope, id)
    {
        var table = new Table(this, spec.Name, new TableProps
        {
            PartitionKey = new Attribute { Name = spec.PartitionKey, Type = AttributeType.STRING },
            SortKey = new Attribute { Name = spec.SortKey, Type = AttributeType.STRING },
        });
        new CfnOutput(this, "CatalogTable", new CfnOutputProps { Value = table.TableName });
    }
}
