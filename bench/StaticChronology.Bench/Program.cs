using StaticChronology.Bench;

// Each benchmark is a named command; `dotnet run -c Release --project bench/StaticChronology.Bench -- NAME`.
return args.FirstOrDefault() switch
{
    "serve-reload" => await ServeReloadBenchmark.RunAsync(args[1..], Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: StaticChronology.Bench serve-reload [--entries N] [--edits N] [--warm-up N]");
    return 2;
}
