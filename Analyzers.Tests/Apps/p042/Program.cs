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

var app = new App();
var domain = app.Node.TryGetContext("domain") as string ?? "REPLACE_ME"; //! CDK204
new DnsStack(app, "Dns", domain);
app.Synth();

public class DnsStack : Stack
{
    public DnsStack(Construct scope, string id, string domain) : base(scope, id)
    {
        var zone = new Amazon.CDK.AWS.Route53.PublicHostedZone(this, "Zone", new Amazon.CDK.AWS.Route53.PublicHostedZoneProps { ZoneName = domain });
        new CfnOutput(this, "ZoneId", new CfnOutputProps { Value = zone.HostedZoneId });
    }
}
