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
new FormatStack(app, "Format");
app.Synth();

public class FormatStack : Stack
{
    public FormatStack(Construct scope, string id) : base(scope, id)
    {
        var arn = string.Format(CultureInfo.InvariantCulture, "arn:aws:sqs:{0}:{1}:jobs", "ca-central-1", "907316259841"); //! CDK203 CDK201
        var q = Queue.FromQueueArn(this, "Jobs", arn);
        new CfnOutput(this, "JobsArn", new CfnOutputProps { Value = q.QueueArn });
    }
}
