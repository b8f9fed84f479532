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
using LogLevel = Amazon.CDK.AWS.StepFunctions.LogLevel;
using System.Text;
using System.Globalization;

var app = new App();
new CdnStack(app, "Cdn", new StackProps { Env = new Environment { Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"), Region = "us-east-1" } });
app.Synth();

public class CdnStack : Stack
{
    public CdnStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        var site = new Bucket(this, "Site");
        var certificateArn = $"arn:aws:acm:us-east-1:{Account}:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";
        var distribution = new Amazon.CDK.AWS.CloudFront.Distribution(this, "Cdn", new Amazon.CDK.AWS.CloudFront.DistributionProps
        {
            DefaultBehavior = new Amazon.CDK.AWS.CloudFront.BehaviorOptions { Origin = Amazon.CDK.AWS.CloudFront.Origins.S3BucketOrigin.WithOriginAccessControl(site) },
            DomainNames = ["www.acme.test"],
            Certificate = Amazon.CDK.AWS.CertificateManager.Certificate.FromCertificateArn(this, "Cert", certificateArn),
        });
        new CfnOutput(this, "Domain", new CfnOutputProps { Value = distribution.DistributionDomainName });
        new CfnOutput(this, "SiteBucket", new CfnOutputProps { Value = site.BucketName });
    }
}
