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

var app = new App();
var account = app.Node.TryGetContext("account") as string ?? "583920174652"; //! CDK201
var region = app.Node.TryGetContext("region") as string ?? "eu-west-1";
new QueueStack(app, "Queues", new StackProps { Env = new Environment { Account = account, Region = region } });
app.Synth();

public class QueueStack : Stack
{
    public QueueStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        var q = new Queue(this, "Work");
        new CfnOutput(this, "WorkUrl", new CfnOutputProps { Value = q.QueueUrl });
    }
}
