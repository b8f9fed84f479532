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
new DerivedStack(app, "Derived");
app.Synth();

public abstract class BaseStack : Stack
{
    protected BaseStack(Construct scope, string id) : base(scope, id)
    {
        new Bucket(this, "Data");
    }
}

public class DerivedStack : BaseStack
{
    public DerivedStack(Construct scope, string id) : base(scope, id)
    {
        var data = new Queue(this, "Data"); //! CDK110
        new CfnOutput(this, "DataUrl", new CfnOutputProps { Value = data.QueueUrl });
    }
}
