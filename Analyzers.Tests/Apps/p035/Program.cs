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
var env = new Environment { Account = "907316259841", Region = "eu-west-1" }; //! CDK201
new ServiceStage(app, "Blue", new StageProps { Env = env });
new ServiceStage(app, "Green", new StageProps { Env = env });
app.Synth();

public class ServiceStage : Stage
{
    public ServiceStage(Construct scope, string id, IStageProps props) : base(scope, id, props)
    {
        new WebStack(this, "Web");
    }
}

public class WebStack : Stack
{
    public WebStack(Construct scope, string id) : base(scope, id)
    {
        var q = new Queue(this, "Requests", new QueueProps { QueueName = "web-requests" }); //! CDK205
        new CfnOutput(this, "RequestsUrl", new CfnOutputProps { Value = q.QueueUrl });
    }
}
