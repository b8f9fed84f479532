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
new AccountsStack(app, "Accounts");
app.Synth();

public static class Ids
{
    public const string Orders = "Table";
    public const string Customers = "Table";
}

public class AccountsStack : Stack
{
    public AccountsStack(Construct scope, string id) : base(scope, id)
    {
        var orders = new Table(this, Ids.Orders, new TableProps { PartitionKey = new Attribute { Name = "orderId", Type = AttributeType.STRING } });
        var customers = new Table(this, Ids.Customers, new TableProps { PartitionKey = new Attribute { Name = "customerId", Type = AttributeType.STRING } }); //! CDK110
        new CfnOutput(this, "OrdersTable", new CfnOutputProps { Value = orders.TableName });
        new CfnOutput(this, "CustomersTable", new CfnOutputProps { Value = customers.TableName });
    }
}
