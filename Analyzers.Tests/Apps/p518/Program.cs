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
new PipelineStack(app, "Pipeline");
app.Synth();

public class PipelineStack : Stack
{
    public PipelineStack(Construct scope, string id) : base(scope, id)
    {
        var role = new Role(this, "MachineRole", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
        List<PolicyStatement> statements =
        [
            new PolicyStatement(new PolicyStatementProps
            {
                Actions = ["logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery"],
                Resources = ["*"],
            }),
        ];
        statements.ForEach(statement => role.AddToPolicy(statement));
        var logs = new LogGroup(this, "MachineLogs");
        var machine = new CfnStateMachine(this, "Machine", new CfnStateMachineProps //! CDK104
        {
            RoleArn = role.RoleArn,
            DefinitionString = "{\"StartAt\":\"Done\",\"States\":{\"Done\":{\"Type\":\"Succeed\"}}}",
            LoggingConfiguration = new CfnStateMachine.LoggingConfigurationProperty
            {
                Level = "ALL",
                Destinations = new object[] { new CfnStateMachine.LogDestinationProperty { CloudWatchLogsLogGroup = new CfnStateMachine.CloudWatchLogsLogGroupProperty { LogGroupArn = logs.LogGroupArn } } },
            },
        });
        new CfnOutput(this, "MachineArn", new CfnOutputProps { Value = machine.AttrArn });
    }
}
