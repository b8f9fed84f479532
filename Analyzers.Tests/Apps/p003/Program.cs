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
new FeedStack(app, "Feed");
app.Synth();

public class FeedStack : Stack
{
    public FeedStack(Construct scope, string id) : base(scope, id)
    {
        var arn = string.Format("arn:aws:sns:{0}:{1}:feed-updates", "us-east-1", "907316259841"); //! CDK203 CDK201
        var topic = Topic.FromTopicArn(this, "Feed", arn);
        new CfnOutput(this, "FeedArn", new CfnOutputProps { Value = topic.TopicArn });
    }
}
