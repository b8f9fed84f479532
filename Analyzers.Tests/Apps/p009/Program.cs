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
new FifoStack(app, "Fifo");
app.Synth();

public class FifoStack : Stack
{
    private const string Prefix = "acme";

    public FifoStack(Construct scope, string id) : base(scope, id)
    {
        var q = new Queue(this, "Ledger", new QueueProps
        {
            QueueName = $"{Prefix}-ledger", //! CDK111
            Fifo = true,
            ContentBasedDeduplication = true,
        });
        new CfnOutput(this, "LedgerUrl", new CfnOutputProps { Value = q.QueueUrl });
    }
}
