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
var env = new Environment { Account = "907316259841", Region = "eu-west-1" }; //! CDK201
Deploy(app, "Blue", env);
Deploy(app, "Green", env);
app.Synth();

static void Deploy(App app, string color, Environment env) => new ApiStack(app, $"Api{color}", new StackProps { Env = env });

public class ApiStack : Stack
{
    public ApiStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        var table = new Table(this, "Sessions", new TableProps
        {
            TableName = "api-sessions", //! CDK205
            PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING },
        });
        new CfnOutput(this, "SessionsTable", new CfnOutputProps { Value = table.TableName });
    }
}
