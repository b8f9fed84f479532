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
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.ECR;
var app = new App();
new Parent(app, "Parent");
app.Synth();

public class Parent : Stack
{
    public Parent(Construct scope, string id) : base(scope, id)
    {
        var nested = new Child(this, "Child");
        new CfnOutput(this, "ChildId", new CfnOutputProps { Value = nested.StackId });
    }
}

public class Child : NestedStack
{
    public Child(Construct scope, string id) : base(scope, id)
    {
        foreach (var name in new[] { "Orders", "Payments" })
        {
            var q = new Queue(this, name);
            new CfnOutput(this, $"{name}Url", new CfnOutputProps { Value = q.QueueUrl }); //! CDK303
        }
    }
}
