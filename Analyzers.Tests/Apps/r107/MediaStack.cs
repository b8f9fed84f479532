using System.Collections.Generic;
using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SQS;
using Constructs;

namespace Media.Infra;

public interface IMediaStackProps : IStackProps
{
    string Team { get; }
}

public sealed class MediaStackProps : StackProps, IMediaStackProps
{
    public required string Team { get; init; }
}

public sealed class MediaStack : Stack
{
    public MediaStack(Construct scope, string id, IMediaStackProps props) : base(scope, id, props)
    {
        var vpc = Vpc.FromLookup(this, "Vpc", new VpcLookupOptions { IsDefault = true }); //! CDK107
        var uploads = new BucketBuilder(this, "Uploads")
            .Named($"{props.Team}-uploads-{Region}")
            .Versioned()
            .Build();
        var transcode = new Queue(this, "Transcode", new QueueProps { QueueName = TranscodeQueueName(props.Team), Fifo = true }); //! CDK111
        new CfnOutput(this, "UploadsBucket", new CfnOutputProps { Value = uploads.BucketName + vpc.VpcId + transcode.QueueUrl });

        static string TranscodeQueueName(string team) => $"{team.ToLowerInvariant()}-transcode";
    }
}

public sealed class BucketBuilder(Construct scope, string id)
{
    private string? _name;
    private bool _versioned;

    public BucketBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public BucketBuilder Versioned()
    {
        _versioned = true;
        return this;
    }

    public Bucket Build() => new(scope, id, new BucketProps { BucketName = _name, Versioned = _versioned });
}
