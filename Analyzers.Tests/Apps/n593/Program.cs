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
new ParamsStack(app, "Params");
app.Synth();

public class ParamsStack : Stack
{
    public ParamsStack(Construct scope, string id) : base(scope, id)
    {
        var password = StringParameter.ValueForStringParameter(this, "/prod/db/password");
        var secret = new Amazon.CDK.AWS.SecretsManager.Secret(this, "Api", new Amazon.CDK.AWS.SecretsManager.SecretProps
        {
            SecretStringValue = SecretValue.SsmSecure("/prod/api/token"),
        });
        var timeout = Duration.Seconds(900);
        var queue = new Queue(this, "Long", new QueueProps { VisibilityTimeout = Duration.Minutes(15) });
        var consumer = new Function(this, "Consumer", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("x"),
            Timeout = timeout,
            Environment = new Dictionary<string, string> { ["DB_PASSWORD_PARAMETER"] = "/prod/db/password", ["PASSWORD_LENGTH"] = "32" },
        });
        consumer.AddEventSource(new SqsEventSource(queue));
        var table = new Table(this, "Items", new TableProps
        {
            PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING },
            SortKey = new Attribute { Name = "sk", Type = AttributeType.STRING },
        });
        new CfnOutput(this, "Password", new CfnOutputProps { Value = password });
        new CfnOutput(this, "SecretArn", new CfnOutputProps { Value = secret.SecretArn });
        new CfnOutput(this, "LongUrl", new CfnOutputProps { Value = queue.QueueUrl });
        new CfnOutput(this, "ItemsTable", new CfnOutputProps { Value = table.TableName });
    }
}
