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
new EventsStack(app, "Events");
app.Synth();

public class EventsStack : Stack
{
    public EventsStack(Construct scope, string id) : base(scope, id)
    {
        var bucket = new Bucket(this, "Events");
        var fn = new Function(this, "Writer", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "h",
            Code = Code.FromInline("x"),
        });
        fn.AddEnvironment("DYNAMODB_TABLE", bucket.BucketName); //! CDK302
        new CfnOutput(this, "EventsBucket", new CfnOutputProps { Value = bucket.BucketName });
    }
}
