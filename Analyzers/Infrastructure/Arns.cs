namespace CdkAnalyzers;

/// <summary>
/// Which field of an ARN (<c>arn:partition:service:region:account:resource</c>) a piece of text sits in — an ARN that is
/// the whole value, or one written inside it: a JSON policy or state machine definition, a <c>Fn.Sub</c> template.
/// </summary>
internal static class Arns
{
    public const int RegionField = 3;
    public const int AccountField = 4;

    /// <summary>The field that <paramref name="index"/> falls in, and where its ARN starts; -1 when no ARN holds it.</summary>
    public static int FieldAt(string text, int index, out int arnStart)
    {
        arnStart = StartBefore(text, index);
        if (arnStart < 0)
            return -1;
        var field = 0;
        for (var i = arnStart; i < index; i++)
        {
            var c = text[i];
            if (c == '$' && i + 1 < index && text[i + 1] == '{')
            {
                // ${AWS::Partition} in a Fn.Sub template is one field, colons and all.
                var close = text.IndexOf('}', i);
                if (close < 0 || close >= index)
                    return -1;
                i = close;
            }
            else if (c == ':')
            {
                field++;
            }
            else if (EndsArn(c))
            {
                arnStart = -1;
                return -1;
            }
        }
        return field;
    }

    /// <summary>The last <c>arn:</c> before the index that starts a word.</summary>
    private static int StartBefore(string text, int index)
    {
        for (var start = text.LastIndexOf("arn:", index, System.StringComparison.Ordinal); start >= 0;
            start = start == 0 ? -1 : text.LastIndexOf("arn:", start - 1, System.StringComparison.Ordinal))
        {
            if (start + 4 <= index && (start == 0 || !IsWordChar(text[start - 1])))
                return start;
        }
        return -1;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_';

    private static bool EndsArn(char c) => char.IsWhiteSpace(c) || c is '"' or '\'' or ',' or '[' or ']' or '(' or ')' or '<' or '>' or '\\';
}
