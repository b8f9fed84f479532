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
new WorkerStack(app, "Worker");
app.Synth();

public class WorkerStack : Stack
{
    private static readonly string[] Common = [$"arn:aws:sqs:ap-southeast-2:{Aws.ACCOUNT_ID}:shared"]; //! CDK203

    public WorkerStack(Construct scope, string id) : base(scope, id)
    {
        var role = new Role(this, "WorkerRole", new RoleProps { AssumedBy = new ServicePrincipal("lambda.amazonaws.com") });
        string[] resources = [.. Common, $"arn:aws:sqs:{Region}:{Account}:own"];
        role.AddToPolicy(new PolicyStatement(new PolicyStatementProps { Actions = ["sqs:SendMessage"], Resources = resources }));
        new CfnOutput(this, "RoleArn", new CfnOutputProps { Value = role.RoleArn });
    }
}
