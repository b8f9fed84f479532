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
new ApiStack(app, "Api");
app.Synth();

public class ApiStack : Stack
{
    public ApiStack(Construct scope, string id) : base(scope, id)
    {
        var bucket = new Bucket(this, "Uploads");
        var queue = new Queue(this, "Jobs");
        var fn = new Function(this, "Handler", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "app.handler",
            Code = Code.FromInline("def handler(e, c): pass"),
            Environment = new Dictionary<string, string>
            {
                ["S3_BUCKET_ARN"] = bucket.BucketArn,
                ["S3_BUCKET"] = bucket.BucketName,
                ["SQS_URL"] = queue.QueueUrl,
                ["SQS_BATCH_SIZE"] = "10",
            },
        });
        for (var i = 0; i < 3; i++)
            new Topic(this, $"Topic{Guid.NewGuid():N}");
        new CfnOutput(this, "HandlerName", new CfnOutputProps { Value = fn.FunctionName });
    }
}
