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
new UsersStack(app, "Users");
new SessionsStack(app, "Sessions");
app.Synth();

public class UsersStack : Stack
{
    public UsersStack(Construct scope, string id) : base(scope, id)
    {
        var t = new Table(this, "Users", new TableProps { PartitionKey = new Attribute { Name = "userId", Type = AttributeType.STRING } }); //! CDK402
        new CfnOutput(this, "UsersTable", new CfnOutputProps { Value = t.TableName });
    }
}

public class SessionsStack : Stack
{
    public SessionsStack(Construct scope, string id) : base(scope, id)
    {
        var t = new Table(this, "Sessions", new TableProps
        {
            PartitionKey = new Attribute { Name = "UserId", Type = AttributeType.STRING }, //! CDK402
            SortKey = new Attribute { Name = "SessionId", Type = AttributeType.STRING },
        });
        new CfnOutput(this, "SessionsTable", new CfnOutputProps { Value = t.TableName });
    }
}
