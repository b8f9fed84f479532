using Amazon.CDK;
using Site;

var app = new App();
var region = app.Node.TryGetContext("region") as string ?? "eu-west-1";
new SiteStack(app, "Site", new StackProps
{
    Env = new Amazon.CDK.Environment { Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"), Region = region },
});
app.Synth();
