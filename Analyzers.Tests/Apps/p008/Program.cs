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
new QueuesStack(app, "Queues");
app.Synth();

public class QueuesStack : Stack
{
    public QueuesStack(Construct scope, string id) : base(scope, id)
    {
        string[] names = ["orders", "payments", "refunds", "payments"]; //! CDK110
        foreach (var name in names)
        {
            var q = new Queue(this, name);
        }
        new CfnOutput(this, "Count", new CfnOutputProps { Value = names.Length.ToString() });
    }
}
