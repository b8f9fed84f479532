using Platform;
using Platform.Stacks;

var app = new App();
var config = AppConfig.Load(app);
var storage = new StorageStack(app, $"{config.Name}-Storage", config);
new WorkersStack(app, $"{config.Name}-Workers", config, storage.Uploads);
app.Synth();
