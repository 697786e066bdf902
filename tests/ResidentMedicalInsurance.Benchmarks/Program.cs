using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ResidentMedicalInsurance.Benchmarks;

// dotnet run -c Release --project tests/ResidentMedicalInsurance.Benchmarks -- evaluate-throughput [cases] [dir]
if (args.Length > 0 && args[0] == "evaluate-throughput")
{
    return await EvaluateThroughput.RunAsync(args[1..]);
}

// dotnet run -c Release --project tests/ResidentMedicalInsurance.Benchmarks -- table-files [rows] [dir]
if (args.Length > 0 && args[0] == "table-files")
{
    return await TableFilesMeasurement.RunAsync(args[1..]);
}

// dotnet run -c Release --project tests/ResidentMedicalInsurance.Benchmarks -- roster-import [rows] [sqlite|postgresql] [server]
if (args.Length > 0 && args[0] == "roster-import")
{
    return await RosterImportMeasurement.RunAsync(args[1..]);
}

// dotnet run -c Release --project tests/ResidentMedicalInsurance.Benchmarks -- tax-paid [rows] [sqlite|postgresql] [server]
if (args.Length > 0 && args[0] == "tax-paid")
{
    return await TaxPaidMeasurement.RunAsync(args[1..]);
}

// dotnet run -c Release --project tests/ResidentMedicalInsurance.Benchmarks -- tax-due [rows] [sqlite|postgresql] [server]
if (args.Length > 0 && args[0] == "tax-due")
{
    return await TaxDueMeasurement.RunAsync(args[1..]);
}

// dotnet run -c Release --project tests/ResidentMedicalInsurance.Benchmarks -- progress [residents] [sqlite|postgresql] [server|-] [counties]
if (args.Length > 0 && args[0] == "progress")
{
    return await ProgressMeasurement.RunAsync(args[1..]);
}

// dotnet run -c Release --project tests/ResidentMedicalInsurance.Benchmarks -- worklists [residents] [sqlite|postgresql] [server]
if (args.Length > 0 && args[0] == "worklists")
{
    return await WorklistMeasurement.RunAsync(args[1..]);
}

// dotnet run -c Release --project tests/ResidentMedicalInsurance.Benchmarks -- accounts-credit [residents] [sqlite|postgresql] [server]
if (args.Length > 0 && args[0] == "accounts-credit")
{
    return await AccountCreditMeasurement.RunAsync(args[1..]);
}

// In-process: central package management would break BenchmarkDotNet's generated project.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(5).WithIterationCount(15))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator)
    // Reports next to the build output, not in the repository's top level (fixed by the design card).
    .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(DecisionBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
return 0;
