using Amazon.CDK;
using Delivery;

var app = new App();
var tools = new Environment { Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"), Region = "eu-west-1" };
new PipelineStack(app, "Pipeline", new StackProps { Env = tools });
app.Synth();
