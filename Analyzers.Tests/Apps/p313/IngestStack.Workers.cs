using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;

public partial class IngestStack
{
    private Function CreateWorker() => new(this, "Worker", new FunctionProps
    {
        Runtime = Runtime.PYTHON_3_12,
        Handler = "app.handler",
        Code = Code.FromInline("def handler(e, c): pass"),
        Timeout = Duration.Minutes(1),
    });
}
