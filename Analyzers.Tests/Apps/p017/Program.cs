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
new OkStack(app, "Ok", new StackProps { Env = new Environment { Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"), Region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION") } });
app.Synth();

public record QueueSpec(string Name, bool Fifo = false, int VisibilitySeconds = 60);

public class OkStack : Stack
{
    public OkStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        QueueSpec[] specs = [new("orders"), new("ledger.fifo", Fifo: true), new("audit", VisibilitySeconds: 120)];
        foreach (var spec in specs)
        {
            var q = new Queue(this, spec.Name.Replace(".fifo", ""), new QueueProps
            {
                QueueName = spec.Name,
                Fifo = spec.Fifo ? true : null,
                VisibilityTimeout = Duration.Seconds(spec.VisibilitySeconds),
            });
            new CfnOutput(this, $"{spec.Name.Replace(".fifo", "")}Url", new CfnOutputProps { Value = q.QueueUrl });
        }
        var bucket = new Bucket(this, "Data", new BucketProps { BucketName = $"acme-data-{Aws.ACCOUNT_ID}-{Aws.REGION}" });
        var region = this.Region;
        var arn = $"arn:aws:sns:{region}:{this.Account}:alerts";
        Topic.FromTopicArn(this, "Alerts", arn);
        new CfnOutput(this, "DataBucket", new CfnOutputProps { Value = bucket.BucketName });
    }
}
