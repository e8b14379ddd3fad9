using System.Globalization;
using StaticChronology.Generate;

// chrono-generate N DIR [--hugo]: writes a synthetic chronology of N entries into DIR, in StaticChronology's
// input format or, with --hugo, as Hugo content (the layouts and configuration come from bench/hugo/).
if (args.Length < 2 || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
{
    Console.Error.WriteLine("usage: chrono-generate N DIR [--hugo]");
    return 2;
}

var chronology = new SyntheticChronology(count);
var hugo = args.Length > 2 && args[2] == "--hugo";
var files = hugo ? HugoContentWriter.Write(chronology, args[1]) : ChronologyInputWriter.Write(chronology, args[1]);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {files} files for {count} entries into {args[1]}"));
return 0;
