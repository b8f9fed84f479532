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
var data = new DataStack(app, "Data");
new ApiStack(app, "Api", data);
app.Synth();

public class DataStack : Stack
{
    public DataStack(Construct scope, string id) : base(scope, id)
    {
        Orders = new Table(this, "Orders", new TableProps { PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
        new CfnOutput(this, "OrdersTable", new CfnOutputProps { Value = Orders.TableName });
    }

    public Table Orders { get; }
}

public class ApiStack : Stack
{
    public ApiStack(Construct scope, string id, DataStack data) : base(scope, id)
    {
        var fn = new Function(this, "Handler", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "app.handler",
            Code = Code.FromInline("def handler(e, c): pass"),
            Environment = new Dictionary<string, string> { ["SQS_QUEUE_URL"] = data.Orders.TableName }, //! CDK302
        });
        new CfnOutput(this, "HandlerName", new CfnOutputProps { Value = fn.FunctionName });
    }
}
