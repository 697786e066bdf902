using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ResidentMedicalInsurance.Benchmarks;

/// <summary>Prints each SQL command EF runs with its duration (<c>RMI_BENCH_SQL=1</c>): where a measurement's time goes.</summary>
public sealed class SqlTrace : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    public static IDisposable? StartIfAsked() =>
        Environment.GetEnvironmentVariable("RMI_BENCH_SQL") == "1" ? DiagnosticListener.AllListeners.Subscribe(new SqlTrace()) : null;

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            value.Subscribe(this);
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is CommandExecutedEventData executed)
        {
            Console.WriteLine($"    [{executed.Duration.TotalMilliseconds:F1} ms] {executed.Command.CommandText.ReplaceLineEndings(" ")}");
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
