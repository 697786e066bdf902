using System.Globalization;

namespace ResidentMedicalInsurance.LoadHarness;

/// <summary>
/// Command line: <c>--provider sqlite|postgresql</c> <c>--seconds 60</c> <c>--clerks 50</c>
/// <c>--postgres "Host=...;Username=..."</c> (default: RMI_TEST_POSTGRES).
/// </summary>
public sealed record HarnessOptions(string Provider, int Seconds, int Clerks, string? Postgres)
{
    public static HarnessOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        return new HarnessOptions(
            Value("--provider", "sqlite").ToLowerInvariant(),
            int.Parse(Value("--seconds", "60"), CultureInfo.InvariantCulture),
            int.Parse(Value("--clerks", "50"), CultureInfo.InvariantCulture),
            Value("--postgres", Environment.GetEnvironmentVariable("RMI_TEST_POSTGRES") ?? ""));
    }
}
