using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SQS;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.KMS;
using Constructs;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;
using Function = Amazon.CDK.AWS.Lambda.Function;
using Environment = Amazon.CDK.Environment;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.ECR;
using Amazon.CDK.AWS.StepFunctions;
using Amazon.CDK.AWS.Lambda.EventSources;
using Amazon.CDK.AWS.SSM;
using System.Text;
using System.Globalization;

var app = new App();
Deploy(app, "Dns");
app.Synth();

static void Deploy(App app, string id) => new DnsStack(app, id);

public sealed class ZoneRecords : Construct
{
    public ZoneRecords(Construct scope, string id) : base(scope, id)
    {
        var zone = Amazon.CDK.AWS.Route53.HostedZone.FromLookup(this, "Zone", new Amazon.CDK.AWS.Route53.HostedZoneProviderProps { DomainName = "acme.test" }); //! CDK107
        ZoneId = zone.HostedZoneId;
    }

    public string ZoneId { get; }
}

public class DnsStack : Stack
{
    public DnsStack(Construct scope, string id) : base(scope, id)
    {
        var records = new ZoneRecords(this, "Records");
        new CfnOutput(this, "ZoneId", new CfnOutputProps { Value = records.ZoneId });
    }
}
