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
var env = new Environment { Account = "210987654321", Region = "eu-west-1" }; //! CDK201
new ArchiveStack(app, "ArchiveA", new StackProps { Env = env });
new ArchiveStack(app, "ArchiveB", new StackProps { Env = env });
app.Synth();

public class ArchiveStack(Construct scope, string id, IStackProps props) : Stack(scope, id, props) //! CDK301
{
    public Bucket Archive { get; } = new Bucket(scope, id + "Archive", new BucketProps { BucketName = "acme-archive-eu" }); //! CDK205
}
