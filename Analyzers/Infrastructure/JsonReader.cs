using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CdkAnalyzers;

/// <summary>
/// A reader for the JSON the CDK CLI accepts (RFC 8259): objects become dictionaries, arrays lists, and strings,
/// numbers (as written) and booleans text; a duplicate key keeps its last value, as JSON.parse does. A settings file
/// is read as the configuration's JSON provider reads it: comments and trailing commas allowed.
/// </summary>
internal sealed class JsonReader
{
    private const int MaxDepth = 64;
    private readonly string _text;
    private readonly bool _settingsFile;
    private int _at;

    public JsonReader(string text, bool settingsFile = false)
    {
        _text = text;
        _settingsFile = settingsFile;
    }

    public bool TryReadDocument(out object? value)
    {
        SkipSpace();
        if (!TryReadValue(0, out value))
            return false;
        SkipSpace();
        return _at == _text.Length;
    }

    private bool TryReadValue(int depth, out object? value)
    {
        value = null;
        if (_at >= _text.Length || depth > MaxDepth)
            return false;
        switch (_text[_at])
        {
            case '{':
                return TryReadObject(depth, out value);
            case '[':
                return TryReadArray(depth, out value);
            case '"':
                var read = TryReadString(out var text);
                value = text;
                return read;
            case 't':
                value = "true";
                return TryReadWord("true");
            case 'f':
                value = "false";
                return TryReadWord("false");
            case 'n':
                return TryReadWord("null");
            default:
                var start = _at;
                while (_at < _text.Length && "+-0123456789.eE".IndexOf(_text[_at]) >= 0)
                    _at++;
                value = _text.Substring(start, _at - start);
                return double.TryParse((string)value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        }
    }

    private bool TryReadObject(int depth, out object? value)
    {
        var members = new Dictionary<string, object?>(StringComparer.Ordinal);
        value = members;
        _at++;
        SkipSpace();
        if (TryRead('}'))
            return true;
        while (true)
        {
            SkipSpace();
            if (_at >= _text.Length || _text[_at] != '"' || !TryReadString(out var key))
                return false;
            SkipSpace();
            if (!TryRead(':'))
                return false;
            SkipSpace();
            if (!TryReadValue(depth + 1, out var member))
                return false;
            members[key] = member;
            SkipSpace();
            if (TryRead('}'))
                return true;
            if (!TryRead(','))
                return false;
            SkipSpace();
            if (_settingsFile && TryRead('}'))
                return true;
        }
    }

    private bool TryReadArray(int depth, out object? value)
    {
        var elements = new List<object?>();
        value = elements;
        _at++;
        SkipSpace();
        if (TryRead(']'))
            return true;
        while (true)
        {
            SkipSpace();
            if (!TryReadValue(depth + 1, out var element))
                return false;
            elements.Add(element);
            SkipSpace();
            if (TryRead(']'))
                return true;
            if (!TryRead(','))
                return false;
            SkipSpace();
            if (_settingsFile && TryRead(']'))
                return true;
        }
    }

    private bool TryReadString(out string text)
    {
        var builder = new StringBuilder();
        text = "";
        _at++;
        while (_at < _text.Length)
        {
            var c = _text[_at++];
            if (c == '"')
            {
                text = builder.ToString();
                return true;
            }
            if (c < ' ')
                return false;
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }
            if (_at >= _text.Length)
                return false;
            var escaped = _text[_at++];
            switch (escaped)
            {
                case '"' or '\\' or '/':
                    builder.Append(escaped);
                    break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u' when _at + 4 <= _text.Length
                    && int.TryParse(_text.Substring(_at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    _at += 4;
                    break;
                default:
                    return false;
            }
        }
        return false;
    }

    private bool TryReadWord(string word)
    {
        if (string.CompareOrdinal(_text, _at, word, 0, word.Length) != 0)
            return false;
        _at += word.Length;
        return true;
    }

    private bool TryRead(char c)
    {
        if (_at >= _text.Length || _text[_at] != c)
            return false;
        _at++;
        return true;
    }

    private void SkipSpace()
    {
        while (_at < _text.Length)
        {
            if (_text[_at] is ' ' or '\t' or '\n' or '\r')
                _at++;
            else if (_settingsFile && string.CompareOrdinal(_text, _at, "//", 0, 2) == 0)
                _at = _text.IndexOf('\n', _at) is var end and >= 0 ? end + 1 : _text.Length;
            else if (_settingsFile && string.CompareOrdinal(_text, _at, "/*", 0, 2) == 0)
                _at = _text.IndexOf("*/", _at + 2, StringComparison.Ordinal) is var close and >= 0 ? close + 2 : _text.Length;
            else
                return;
        }
    }
}
