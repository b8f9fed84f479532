using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>What a piece of a string is known to be.</summary>
internal enum ValueKind
{
    /// <summary>Known text, from a literal, a constant or a value initialised once.</summary>
    Text,
    StackName,
    ConstructId,
    Account,
    Region,
    Partition,
    UrlSuffix,
    /// <summary>Nothing is known: a parameter, a context value, an environment variable.</summary>
    Unknown,
}

/// <summary>
/// One piece of a string value. <see cref="Location"/> is where the piece is written: for text, the literal
/// (wherever it is declared, e.g. a const field's initializer); for the rest, the expression.
/// </summary>
internal readonly struct ValuePart
{
    public ValuePart(ValueKind kind, string? text, Location location, bool isLowercased = false, bool isToken = false)
    {
        Kind = kind;
        Text = text;
        Location = location;
        IsLowercased = isLowercased;
        IsToken = isToken;
    }

    public ValueKind Kind { get; }
    public string? Text { get; }
    public Location Location { get; }

    /// <summary>True for a piece passed through ToLower/ToLowerInvariant.</summary>
    public bool IsLowercased { get; }

    /// <summary>
    /// True for a CDK token (<c>Aws.STACK_NAME</c>): a placeholder string at synth that string methods would break.
    /// False for a value that is a concrete string at synth (<c>this.StackName</c>, a construct id).
    /// </summary>
    public bool IsToken { get; }
}

/// <summary>A string value as far as a reader of the code can know it.</summary>
internal sealed class StringValue
{
    public StringValue(ImmutableArray<ValuePart> parts) => Parts = parts;

    public ImmutableArray<ValuePart> Parts { get; }

    public bool IsKnown => Parts.All(p => p.Kind == ValueKind.Text);

    /// <summary>The whole text when every part is known, else null.</summary>
    public string? KnownText => IsKnown ? string.Concat(Parts.Select(p => p.Text)) : null;

    /// <summary>The text with every unknown piece as one NUL character, so a piece can be checked in its context.</summary>
    public string Shape => string.Concat(Parts.Select(p => p.Kind == ValueKind.Text ? p.Text : "\0"));

    /// <summary>Each known piece with where it starts in <see cref="Shape"/>.</summary>
    public IEnumerable<(ValuePart Part, int Offset)> TextParts
    {
        get
        {
            var offset = 0;
            foreach (var part in Parts)
            {
                if (part.Kind == ValueKind.Text)
                    yield return (part, offset);
                offset += part.Kind == ValueKind.Text ? part.Text!.Length : 1;
            }
        }
    }
}

/// <summary>
/// Follows values the way a reader would: literals, const fields and locals, static readonly fields and
/// locals initialised once, interpolation, concatenation, nameof, and the CDK's stack name, account,
/// region and construct id. Everything else is <see cref="ValueKind.Unknown"/>.
/// </summary>
internal static class ValueResolver
{
    private const int MaxDepth = 8;

    /// <summary>Resolves a string-typed operation; null when the operation is not a string.</summary>
    public static StringValue? ResolveString(IOperation? operation, CdkTypes cdk, CancellationToken cancellationToken)
    {
        if (operation is null)
            return null;
        var unwrapped = Unwrap(operation);
        if (unwrapped.Type?.SpecialType != SpecialType.System_String && unwrapped.ConstantValue.Value is not string)
            return null;
        var parts = ImmutableArray.CreateBuilder<ValuePart>();
        Resolve(unwrapped, cdk, parts, 0, cancellationToken);
        return new StringValue(parts.ToImmutable());
    }

    /// <summary>The known number an operation evaluates to (literal, const, static readonly or local initialised once).</summary>
    public static bool TryGetNumber(IOperation? operation, CancellationToken cancellationToken, out double value)
    {
        value = 0;
        for (var depth = 0; operation is not null && depth < MaxDepth; depth++)
        {
            operation = Unwrap(operation);
            if (operation.ConstantValue is { HasValue: true, Value: { } constant } && IsNumber(constant))
                return TryParse(ToText(constant), out value);
            var initializer = InitializerOf(operation, cancellationToken);
            if (initializer is { Operation: null })
                return TryParse(initializer.Constant, out value);
            operation = initializer?.Operation;
        }
        return false;
    }

    private static bool TryParse(string? text, out double value)
        => double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value);

    private static string? ToText(object? value)
        => System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The initial value of a local that is never assigned again, else null.</summary>
    public static IOperation? InitialValueOfLocal(ILocalReferenceOperation reference, CancellationToken cancellationToken)
        => reference.Local.IsConst ? null : InitializerOf(reference, cancellationToken)?.Operation;

    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    private static bool IsNumber(object value)
        => value is int or long or short or byte or uint or ulong or ushort or sbyte or double or float or decimal;

    private static void Resolve(IOperation operation, CdkTypes cdk, ImmutableArray<ValuePart>.Builder parts, int depth, CancellationToken cancellationToken)
    {
        operation = Unwrap(operation);
        var location = operation.Syntax.GetLocation();
        if (depth > MaxDepth)
        {
            parts.Add(new ValuePart(ValueKind.Unknown, null, location));
            return;
        }

        switch (operation)
        {
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: { } literal } }:
                parts.Add(new ValuePart(ValueKind.Text, ToText(literal), location));
                return;

            case IInterpolatedStringOperation interpolated:
                foreach (var content in interpolated.Parts)
                {
                    if (content is IInterpolatedStringTextOperation text)
                        parts.Add(new ValuePart(ValueKind.Text, text.Text.ConstantValue.Value as string ?? "", text.Syntax.GetLocation()));
                    else if (content is IInterpolationOperation { Alignment: null, FormatString: null } hole)
                        Resolve(hole.Expression, cdk, parts, depth + 1, cancellationToken);
                    else
                        parts.Add(new ValuePart(ValueKind.Unknown, null, content.Syntax.GetLocation()));
                }
                return;

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                Resolve(binary.LeftOperand, cdk, parts, depth + 1, cancellationToken);
                Resolve(binary.RightOperand, cdk, parts, depth + 1, cancellationToken);
                return;

            case IInvocationOperation { TargetMethod.Name: "ToLower" or "ToLowerInvariant", Instance: { } instance } invocation
                when invocation.TargetMethod.ContainingType.SpecialType == SpecialType.System_String:
                var inner = ImmutableArray.CreateBuilder<ValuePart>();
                Resolve(instance, cdk, inner, depth + 1, cancellationToken);
                foreach (var part in inner)
                {
                    parts.Add(part.Kind == ValueKind.Text
                        ? new ValuePart(ValueKind.Text, part.Text!.ToLowerInvariant(), location)
                        : new ValuePart(part.Kind, null, part.Location, isLowercased: true, part.IsToken));
                }
                return;

            case IPropertyReferenceOperation property when Classify(property, cdk) is { } kind:
                parts.Add(new ValuePart(kind, null, location, isToken: property.Property.IsStatic));
                return;

            case IParameterReferenceOperation parameter when IsConstructIdParameter(parameter.Parameter, cdk):
                parts.Add(new ValuePart(ValueKind.ConstructId, null, location));
                return;
        }

        if (InitializerOf(operation, cancellationToken) is { } initializer)
        {
            // A constant written as a plain literal is reported at that literal; any other constant expression
            // (const A = B + "x") is one known piece at its initializer.
            if (initializer.Operation is null)
                parts.Add(new ValuePart(ValueKind.Text, initializer.Constant, initializer.Syntax.GetLocation()));
            else
                Resolve(initializer.Operation, cdk, parts, depth + 1, cancellationToken);
            return;
        }

        if (operation.ConstantValue is { HasValue: true, Value: { } constant })
        {
            parts.Add(new ValuePart(ValueKind.Text, ToText(constant), location));
            return;
        }

        parts.Add(new ValuePart(ValueKind.Unknown, null, location));
    }

    private static ValueKind? Classify(IPropertyReferenceOperation reference, CdkTypes cdk)
    {
        var property = reference.Property;
        if (property.IsStatic && SymbolEqualityComparer.Default.Equals(property.ContainingType, cdk.Aws))
        {
            return property.Name switch
            {
                "STACK_NAME" => ValueKind.StackName,
                "ACCOUNT_ID" => ValueKind.Account,
                "REGION" => ValueKind.Region,
                "PARTITION" => ValueKind.Partition,
                "URL_SUFFIX" => ValueKind.UrlSuffix,
                _ => ValueKind.Unknown,
            };
        }

        if (!property.IsStatic && cdk.IsStack(property.ContainingType))
        {
            return property.Name switch
            {
                "StackName" => ValueKind.StackName,
                "Account" => ValueKind.Account,
                "Region" => ValueKind.Region,
                "Partition" => ValueKind.Partition,
                "UrlSuffix" => ValueKind.UrlSuffix,
                _ => null,
            };
        }

        if (property.Name == "Id" && SymbolEqualityComparer.Default.Equals(property.ContainingType, cdk.ConstructNode))
            return ValueKind.ConstructId;

        return null;
    }

    /// <summary>The <c>id</c> parameter of a construct's constructor: the user picks it, in any case.</summary>
    private static bool IsConstructIdParameter(IParameterSymbol parameter, CdkTypes cdk)
        => parameter.Name == "id"
            && parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
            && cdk.IsConstruct(constructor.ContainingType);

    private sealed class Initializer
    {
        public Initializer(SyntaxNode syntax, IOperation? operation, string? constant)
        {
            Syntax = syntax;
            Operation = operation;
            Constant = constant;
        }

        public SyntaxNode Syntax { get; }

        /// <summary>The initializer to follow further; null for a constant known only by value.</summary>
        public IOperation? Operation { get; }

        public string? Constant { get; }
    }

    /// <summary>
    /// The single initial value of a const or static readonly field, or of a local that is never assigned again.
    /// </summary>
    private static Initializer? InitializerOf(IOperation operation, CancellationToken cancellationToken)
    {
        switch (operation)
        {
            case IFieldReferenceOperation { Field: var field } when field.IsConst || (field.IsStatic && field.IsReadOnly):
            {
                if (DeclaredValue(field, cancellationToken) is not { } value)
                    return null;
                if (field.IsConst)
                    return new Initializer(value, null, ToText(field.ConstantValue));
                // A static readonly field counts only when it is initialised from a literal.
                return value is LiteralExpressionSyntax literal ? new Initializer(value, null, literal.Token.ValueText) : null;
            }

            case ILocalReferenceOperation { Local: var local } reference:
            {
                if (DeclaredValue(local, cancellationToken) is not { } value)
                    return null;
                if (local.IsConst)
                    return new Initializer(value, null, ToText(local.ConstantValue));
                if (reference.SemanticModel is not { } model || IsAssignedAgain(local, value, model, cancellationToken))
                    return null;
                var initializer = model.GetOperation(value, cancellationToken);
                return initializer is null ? null : new Initializer(value, initializer, null);
            }
        }
        return null;
    }

    private static ExpressionSyntax? DeclaredValue(ISymbol symbol, CancellationToken cancellationToken)
    {
        if (symbol.DeclaringSyntaxReferences.Length != 1)
            return null;
        return symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: var value }
            ? value
            : null;
    }

    /// <summary>True when the local is written anywhere in its scope besides its declaration.</summary>
    private static bool IsAssignedAgain(ILocalSymbol local, ExpressionSyntax initializer, SemanticModel model, CancellationToken cancellationToken)
    {
        var scope = initializer.FirstAncestorOrSelf<BlockSyntax>() ?? (SyntaxNode?)initializer.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        if (scope is null)
            return true;
        foreach (var identifier in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText != local.Name || !IsWritten(identifier))
                continue;
            if (SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, local))
                return true;
        }
        return false;
    }

    private static bool IsWritten(IdentifierNameSyntax identifier)
        => identifier.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == identifier,
            PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
            _ => false,
        };
}
