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
new OrdersStack(app, "Orders");
app.Synth();

public sealed class Order
{
    public string OrderId { get; set; } = "";
    public string CreatedAt { get; set; } = "";
}

public class OrdersStack : Stack
{
    public OrdersStack(Construct scope, string id) : base(scope, id)
    {
        var orders = new Table(this, "Orders", new TableProps
        {
            PartitionKey = new Attribute { Name = nameof(Order.OrderId), Type = AttributeType.STRING },
            SortKey = new Attribute { Name = "created_at", Type = AttributeType.STRING }, //! CDK401
        });
        new CfnOutput(this, "OrdersTable", new CfnOutputProps { Value = orders.TableName });
    }
}
