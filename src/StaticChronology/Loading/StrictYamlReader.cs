using System.Collections.Immutable;
using StaticChronology.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticChronology.Loading;

/// <summary>Reads one YAML document into a <see cref="YamlNode"/> tree, refusing every YAML feature contributors do not need.</summary>
/// <remarks>
/// Entry files come from strangers' pull requests, so the reader works on parser events rather than
/// deserialising: anchors, aliases and merge keys (the "billion laughs"), explicit tags (type
/// injection), duplicate keys (silent last-wins), several documents and deep nesting are each an
/// error at their own position, and scalars stay text (<c>NO</c> is not false, <c>1.10</c> not 1.1).
/// The tree is built with an explicit stack, so no input can overflow the call stack.
/// </remarks>
public static class StrictYamlReader
{
    /// <summary>Deeper than this is refused; real entries nest three levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>Returns the document's root node, or null after reporting why there is none.</summary>
    /// <remarks>A file of the plain shape most entries have is read by <see cref="SimpleYamlReader"/>, to the same tree, without the parser.</remarks>
    public static YamlNode? Read(SourceText source, DiagnosticBag diagnostics) =>
        SimpleYamlReader.TryRead(source) ?? ReadWithParser(source, diagnostics);

    /// <summary>The same, always through YamlDotNet's parser, which knows the whole of YAML and reports every problem.</summary>
    internal static YamlNode? ReadWithParser(SourceText source, DiagnosticBag diagnostics)
    {
        var lastRead = Mark.Empty;
        try
        {
            return ReadCore(source, diagnostics, ref lastRead);
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.YamlSyntax,
                new SourceLocation(source.Path, (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column)),
                "YAML syntax: " + CleanMessage(ex.Message),
                "check indentation and that every quote is closed"));
            return null;
        }
        catch (InvalidOperationException)
        {
            return Unreadable(source, lastRead, diagnostics);
        }
        catch (ArgumentException)
        {
            return Unreadable(source, lastRead, diagnostics);
        }
    }

    /// <summary>
    /// Some malformed text (a '[' left open before a 'key: value' line) makes the YAML scanner throw a
    /// plain exception without a position; it is still a syntax error in one file, never a crashed build.
    /// </summary>
    private static YamlNode? Unreadable(SourceText source, Mark lastRead, DiagnosticBag diagnostics)
    {
        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.YamlSyntax,
            At(source.Path, lastRead),
            "YAML syntax: the text after this point cannot be read",
            "check indentation and that every bracket and quote is closed"));
        return null;
    }

    private static YamlNode? ReadCore(SourceText source, DiagnosticBag diagnostics, ref Mark lastRead)
    {
        var parser = new Parser(new StringReader(source.Text));
        var stack = new Stack<Frame>();
        YamlNode? root = null;
        var documents = 0;

        while (parser.MoveNext())
        {
            var current = parser.Current!;
            lastRead = current.Start;
            var location = At(source.Path, current.Start);
            switch (current)
            {
                case DocumentStart:
                    documents++;
                    if (documents > 1)
                    {
                        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MultipleDocuments, location,
                            "a file holds one YAML document; this is a second one", "remove the extra '---' or split the file"));
                        return null;
                    }

                    continue;
                case AnchorAlias alias:
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.AnchorOrAlias, location,
                        $"aliases ('*{alias.Value}') are not allowed", "write the value out in full"));
                    return null;
                case NodeEvent node when !node.Anchor.IsEmpty:
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.AnchorOrAlias, location,
                        $"anchors ('&{node.Anchor}') are not allowed", "write the value out in full"));
                    return null;
                case NodeEvent node when !node.Tag.IsEmpty:
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ExplicitTag, location,
                        $"explicit tags ('{node.Tag}') are not allowed", "remove the tag; every value is read as text"));
                    return null;
            }

            YamlNode? completed = null;
            switch (current)
            {
                case Scalar scalar:
                    completed = new YamlScalar(location, scalar.Value, scalar.Style == ScalarStyle.Plain)
                    {
                        TextLocation = TextStart(source, scalar, location),
                    };
                    break;
                case SequenceStart:
                case MappingStart:
                    if (stack.Count >= MaxDepth)
                    {
                        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NestingTooDeep, location,
                            $"nesting too deep (more than {MaxDepth} levels)", "entries need at most three levels"));
                        return null;
                    }

                    stack.Push(new Frame(location, current is MappingStart));
                    continue;
                case SequenceEnd:
                    completed = new YamlSequence(stack.Peek().Location, [.. stack.Pop().Items]);
                    break;
                case MappingEnd:
                    {
                        var frame = stack.Pop();
                        completed = new YamlMapping(frame.Location, [.. frame.Pairs]);
                        break;
                    }

                default:
                    continue;
            }

            if (stack.Count == 0)
            {
                root = completed;
                continue;
            }

            if (!stack.Peek().Add(completed, diagnostics))
            {
                return null;
            }
        }

        if (root is null || (root is YamlScalar { IsNull: true }))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EmptyDocument, SourceLocation.FileStart(source.Path),
                "empty entry: the file holds no data", "fill in the fields or delete the file"));
            return null;
        }

        return root;
    }

    /// <summary>Where a scalar's text begins, as distinct from its indicator or opening quote.</summary>
    private static SourceLocation TextStart(SourceText source, Scalar scalar, SourceLocation location)
    {
        switch (scalar.Style)
        {
            case ScalarStyle.SingleQuoted:
            case ScalarStyle.DoubleQuoted:
                return location with { Column = location.Column + 1 };
            case ScalarStyle.Literal:
            case ScalarStyle.Folded:
                {
                    // The content starts on the first non-blank line after the '|' or '>' line.
                    var offset = (int)Math.Min(scalar.Start.Index, source.Text.Length);
                    var line = location.Line;
                    var next = source.Text.IndexOf('\n', offset);
                    while (next >= 0 && next + 1 < source.Text.Length && next + 1 < scalar.End.Index)
                    {
                        line++;
                        var start = next + 1;
                        var indent = 0;
                        while (start + indent < source.Text.Length && source.Text[start + indent] == ' ')
                        {
                            indent++;
                        }

                        if (start + indent < source.Text.Length && source.Text[start + indent] != '\n')
                        {
                            return new SourceLocation(location.Path, line, indent + 1);
                        }

                        next = source.Text.IndexOf('\n', start);
                    }

                    return location;
                }

            default:
                return location;
        }
    }

    private static SourceLocation At(string path, Mark mark) =>
        new(path, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes its own "(Line: x, Col: y, Idx: z) - (…): " position, which we already report.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = cut >= 0 ? message[(cut + 3)..] : message;
        return text.TrimEnd('.');
    }

    private sealed class Frame(SourceLocation location, bool isMapping)
    {
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
        private YamlScalar? _pendingKey;

        public SourceLocation Location { get; } = location;

        public List<YamlNode> Items { get; } = [];

        public List<KeyValuePair<YamlScalar, YamlNode>> Pairs { get; } = [];

        public bool Add(YamlNode node, DiagnosticBag diagnostics)
        {
            if (!isMapping)
            {
                Items.Add(node);
                return true;
            }

            if (_pendingKey is null)
            {
                if (node is not YamlScalar key)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongNodeType, node.Location,
                        "a key must be plain text, not " + node.Describe()));
                    return false;
                }

                if (key.Value == "<<" && key.IsPlain)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.AnchorOrAlias, key.Location,
                        "merge keys ('<<') are not allowed", "write the fields out in full"));
                    return false;
                }

                if (!_keys.Add(key.Value))
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateKey, key.Location,
                        $"duplicate key '{key.Value}'", "each key may appear once; delete one of them"));
                    return false;
                }

                _pendingKey = key;
                return true;
            }

            Pairs.Add(new KeyValuePair<YamlScalar, YamlNode>(_pendingKey, node));
            _pendingKey = null;
            return true;
        }
    }
}
