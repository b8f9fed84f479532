using Amazon.CDK;
using Infra;

var app = new App();
var account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT");
var region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION") ?? "eu-west-1";
var env = new Amazon.CDK.Environment { Account = account, Region = region };
var stage = app.Node.TryGetContext("stage") as string ?? "dev";
var data = new DataStack(app, $"Data-{stage}", new DataStackProps { Env = env, Stage = stage });
new ApiStack(app, $"Api-{stage}", new ApiStackProps { Env = env, Stage = stage, Orders = data.Orders, Uploads = data.Uploads, Events = data.Events });
app.Synth();
