using System.Linq;
using Amazon.CDK;
using Shop.Infra;
using Shop.Infra.Config;

var app = new App();
var stage = (string?)app.Node.TryGetContext("stage") ?? "prod";
var target = Targets.All.Single(t => t.Stage == stage);
var shared = new SharedStack(app, $"Shop-Shared-{target.Stage}", target);
new ApiStack(app, $"Shop-Api-{target.Stage}", target, shared);
app.Synth();
