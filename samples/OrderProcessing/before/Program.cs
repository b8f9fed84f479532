using Amazon.CDK;

namespace OrderProcessing;

public static class Program
{
    public static void Main()
    {
        var app = new App();
        new TapStack(app, "TapStack");
        app.Synth();
    }
}
