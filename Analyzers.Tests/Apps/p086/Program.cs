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
new SiteStack(app, "Site", new SiteConfig { Domain = "your-domain.com" }); //! CDK204
app.Synth();

public sealed record SiteConfig
{
    public required string Domain { get; init; }
}

public class SiteStack : Stack
{
    public SiteStack(Construct scope, string id, SiteConfig config) : base(scope, id)
    {
        var cert = new Amazon.CDK.AWS.CertificateManager.Certificate(this, "Cert", new Amazon.CDK.AWS.CertificateManager.CertificateProps { DomainName = config.Domain });
        new CfnOutput(this, "CertArn", new CfnOutputProps { Value = cert.CertificateArn });
    }
}
