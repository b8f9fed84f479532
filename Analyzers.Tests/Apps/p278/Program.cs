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
using System.Globalization;

var app = new App();
new TablesStack(app, "Tables");
app.Synth();

public abstract class Entity
{
    public abstract string PartitionKey { get; }
    public virtual string SortKey => "sk";
}

public sealed class OrderEntity : Entity
{
    public override string PartitionKey => "PK";
}

public class TablesStack : Stack
{
    public TablesStack(Construct scope, string id) : base(scope, id)
    {
        Entity entity = new OrderEntity();
        var table = new Table(this, "Orders", new TableProps
        {
            PartitionKey = new Attribute { Name = entity.PartitionKey, Type = AttributeType.STRING }, //! CDK401
            SortKey = new Attribute { Name = entity.SortKey, Type = AttributeType.STRING },
        });
        new CfnOutput(this, "OrdersTable", new CfnOutputProps { Value = table.TableName });
    }
}
