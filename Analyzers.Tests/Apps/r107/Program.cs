using Amazon.CDK;
using Media.Infra;

var app = new App();
foreach (var region in Regions.Deployed)
    new MediaStack(app, $"Media-{region}", new MediaStackProps { Env = new Environment { Region = region }, Team = "Media" }); //! CDK102
app.Synth();
