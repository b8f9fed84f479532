using System.Collections.Generic;

namespace Media.Infra;

public static class Regions
{
    public static IEnumerable<string> Deployed
    {
        get
        {
            yield return "eu-west-1";
            yield return "us-east-1";
        }
    }
}
