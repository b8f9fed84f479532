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
new YieldStack(app, "Yield");
app.Synth();

public record struct QueueSpec(string Id, bool Fifo);

public class YieldStack : Stack
{
    public YieldStack(Construct scope, string id) : base(scope, id)
    {
        foreach (var spec in Specs())
            new Queue(this, spec.Id, new QueueProps { Fifo = spec.Fifo ? true : null });
        new CfnOutput(this, "Done", new CfnOutputProps { Value = "ok" });
    }

    private static IEnumerable<QueueSpec> Specs()
    {
        yield return new("Orders", false);
        yield return new("Ledger", true);
        yield return new("Orders", true); //! CDK110
    }
}
