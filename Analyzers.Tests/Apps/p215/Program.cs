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
new TablesStack(app, "Tables");
app.Synth();

public record TableSpec(string Name, string Pk, string Sk);

public class TablesStack : Stack
{
    private static readonly List<TableSpec> Specs =
    [
        new("Orders", "pk", "sk"),
        new("Users", "userId", "CreatedAt"), //! CDK401
    ];

    public TablesStack(Construct scope, string id) : base(scope, id)
    {
        foreach (var spec in Specs)
        {
            var table = new Table(this, spec.Name, new TableProps
            {
                PartitionKey = new Attribute { Name = spec.Pk, Type = AttributeType.STRING },
                SortKey = new Attribute { Name = spec.Sk, Type = AttributeType.STRING },
            });
            new CfnOutput(this, $"{spec.Name}Table", new CfnOutputProps { Value = table.TableName });
        }
    }
}
