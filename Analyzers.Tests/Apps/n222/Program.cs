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
foreach (var tenant in Tenants.All)
    new TenantStack(app, $"Tenant-{tenant.Id}", tenant);
app.Synth();

public sealed record Tenant(string Id, int Reserved = 0);

public static class Tenants
{
    public static readonly Tenant[] All = [new("alpha"), new("beta")];
}

public class TenantStack : Stack
{
    public TenantStack(Construct scope, string id, Tenant tenant) : base(scope, id)
    {
        var table = new Table(this, "Data", new TableProps
        {
            TableName = $"tenant-{tenant.Id}-data",
            PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING },
        });
        var fn = new Function(this, "Api", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "app.handler",
            Code = Code.FromInline("def handler(e, c): pass"),
            FunctionName = $"tenant-{tenant.Id}-api",
            ReservedConcurrentExecutions = tenant.Reserved > 0 ? tenant.Reserved : null,
            Environment = new Dictionary<string, string> { ["DYNAMODB_TABLE"] = table.TableName, ["TENANT"] = tenant.Id },
        });
        table.GrantReadWriteData(fn);
        new CfnOutput(this, "ApiName", new CfnOutputProps { Value = fn.FunctionName });
        new CfnOutput(this, "TableName", new CfnOutputProps { Value = table.TableName });
    }
}
