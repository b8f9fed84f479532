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
var tables = new Dictionary<string, (string Pk, string Sk)>
{
    ["Orders"] = ("order_id", "created_at"),
    ["Customers"] = ("customerId", "email_address"), //! CDK401
};
new TablesStack(app, "Tables", tables);
app.Synth();

public class TablesStack : Stack
{
    public TablesStack(Construct scope, string id, Dictionary<string, (string Pk, string Sk)> tables) : base(scope, id)
    {
        foreach (var (name, keys) in tables)
        {
            var table = new Table(this, name, new TableProps
            {
                PartitionKey = new Attribute { Name = keys.Pk, Type = AttributeType.STRING },
                SortKey = new Attribute { Name = keys.Sk, Type = AttributeType.STRING },
            });
            new CfnOutput(this, $"{name}Table", new CfnOutputProps { Value = table.TableName });
        }
    }
}
