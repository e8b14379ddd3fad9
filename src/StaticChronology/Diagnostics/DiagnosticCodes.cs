namespace StaticChronology.Diagnostics;

/// <summary>Every diagnostic code the build can report, grouped by the stage that finds it.</summary>
/// <remarks>
/// Codes are stable: contributors search for them, so a code is never reused for another meaning.
/// CHR1xx are about files, CHR2xx about YAML structure, CHR3xx about values, CHR4xx about
/// references across files, CHR5xx about rendering and output.
/// </remarks>
public static class DiagnosticCodes
{
    public const string FileTooLarge = "CHR100";
    public const string InvalidEncoding = "CHR101";
    public const string ControlCharacter = "CHR102";
    public const string LinkedFile = "CHR103";
    public const string BadFileName = "CHR104";
    public const string UnreadableFile = "CHR105";
    public const string UnexpectedFile = "CHR106";

    public const string YamlSyntax = "CHR200";
    public const string DuplicateKey = "CHR201";
    public const string UnknownKey = "CHR202";
    public const string MissingKey = "CHR203";
    public const string AnchorOrAlias = "CHR204";
    public const string ExplicitTag = "CHR205";
    public const string NestingTooDeep = "CHR206";
    public const string MultipleDocuments = "CHR207";
    public const string EmptyDocument = "CHR208";
    public const string WrongNodeType = "CHR209";
    public const string FrontMatter = "CHR210";

    public const string InvalidDate = "CHR300";
    public const string InvalidId = "CHR301";
    public const string InvalidValue = "CHR302";
    public const string InvalidUrl = "CHR303";
    public const string IdMismatch = "CHR304";
    public const string WrongYearFolder = "CHR305";
    public const string PathEscapesRoot = "CHR306";
    public const string EmptyValue = "CHR307";

    public const string UnknownReference = "CHR400";
    public const string DuplicateId = "CHR401";
    public const string UrlCollision = "CHR402";
    public const string MissingSeed = "CHR403";
    public const string QuoteNotInSource = "CHR404";

    public const string UnsafeLink = "CHR500";
    public const string TemplateError = "CHR501";
    public const string BrokenLink = "CHR502";
    public const string MarkdownTooComplex = "CHR503";
    public const string OutputError = "CHR504";
    public const string MissingTemplate = "CHR505";
}
