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

var app = new App();
new ArnStack(app, "Arn");
app.Synth();

public class ArnStack : Stack
{
    public ArnStack(Construct scope, string id) : base(scope, id)
    {
        var arn = Arn.Format(new ArnComponents { Service = "sns", Resource = "alerts", Region = "us-west-2" }, this); //! CDK203
        var topic = Topic.FromTopicArn(this, "Alerts", arn);
        new CfnOutput(this, "AlertsArn", new CfnOutputProps { Value = topic.TopicArn });
    }
}
