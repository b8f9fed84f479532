using Amazon.CDK;
using Shop.Configuration;
using Shop.Stacks;

var app = new App();
var stage = app.Node.TryGetContext("stage") as string ?? "dev";
var settings = StageSettings.ForStage(stage);
var env = new Environment { Account = settings.Account, Region = settings.Region };

var data = new DataStack(app, $"Shop-{stage}-Data", new DataStackProps { Env = env, Settings = settings });
_ = new ApiStack(app, $"Shop-{stage}-Api", new ApiStackProps
{
    Env = env,
    Settings = settings,
    Orders = data.Orders,
    Media = data.Media,
});
app.Synth();
