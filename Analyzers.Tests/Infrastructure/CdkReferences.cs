using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CdkAnalyzers.Tests;

/// <summary>
/// The references test sources compile against: .NET 8 reference assemblies plus the real Amazon.CDK.Lib,
/// Constructs and JSII runtime that restore placed next to the tests. Loaded once per run.
/// </summary>
internal static class CdkReferences
{
    private static readonly string[] CdkAssemblies = { "Amazon.CDK.Lib.dll", "Constructs.dll", "Amazon.JSII.Runtime.dll" };

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyCdk = new(() =>
        CdkAssemblies.Select(name => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, name))).ToImmutableArray());

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAll = new(() =>
        Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().Concat(LazyCdk.Value).ToImmutableArray());

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAllOnNet10 = new(() =>
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().Concat(LazyCdk.Value).ToImmutableArray());

    private static readonly string[] ConfigurationAssemblies =
    {
        "Microsoft.Extensions.Configuration.dll", "Microsoft.Extensions.Configuration.Abstractions.dll", "Microsoft.Extensions.Configuration.Binder.dll",
        "Microsoft.Extensions.Configuration.EnvironmentVariables.dll", "Microsoft.Extensions.Configuration.FileExtensions.dll",
        "Microsoft.Extensions.Configuration.Json.dll", "Microsoft.Extensions.FileProviders.Abstractions.dll", "Microsoft.Extensions.Primitives.dll",
    };

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyWithConfiguration = new(() =>
        LazyAll.Value.Concat(ConfigurationAssemblies.Select(name => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, name)))).ToImmutableArray());

    /// <summary>Everything a CDK app compiles against.</summary>
    public static ImmutableArray<MetadataReference> All => LazyAll.Value;

    /// <summary>The CDK on .NET 10, whose newer overloads (params spans) bind differently from .NET 8's.</summary>
    public static ImmutableArray<MetadataReference> AllOnNet10 => LazyAllOnNet10.Value;

    /// <summary>A CDK app that reads its settings with Microsoft.Extensions.Configuration (in-memory, JSON, environment variables, binding).</summary>
    public static ImmutableArray<MetadataReference> WithConfiguration => LazyWithConfiguration.Value;

    /// <summary>Only the framework: a project that does not use the CDK.</summary>
    public static ImmutableArray<MetadataReference> FrameworkOnly { get; } =
        Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().ToImmutableArray();

    /// <summary>No package to resolve: the references above are added to each test project instead.</summary>
    public static ReferenceAssemblies None { get; } = new("net8.0");
}
