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
using LogLevel = Amazon.CDK.AWS.StepFunctions.LogLevel;
using System.Text;
using System.Globalization;
var app = new App();
new MachineStack(app, "Machine");
app.Synth();

public class MachineStack : Stack
{
    public MachineStack(Construct scope, string id) : base(scope, id)
    {
        var role = Role.FromRoleArn(this, "Imported", $"arn:aws:iam::{Aws.ACCOUNT_ID}:role/states-runner", new FromRoleArnOptions { Mutable = false });
        var machine = new StateMachine(this, "Flow", new StateMachineProps //! CDK104
        {
            DefinitionBody = DefinitionBody.FromChainable(new Pass(this, "Start")),
            Role = role,
            Logs = new LogOptions { Destination = new LogGroup(this, "FlowLogs"), Level = LogLevel.ERROR },
        });
        new CfnOutput(this, "FlowArn", new CfnOutputProps { Value = machine.StateMachineArn });
    }
}
