using Amazon.CDK;

namespace OrdersApp;

public static class Program
{
    public static void Main()
    {
        var app = new App();
        new OrdersStack(app, "OrdersStack", new StackProps
        {
            Env = new Amazon.CDK.Environment
            {
                Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"),
                Region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION"),
            },
        });
        app.Synth();
    }
}
