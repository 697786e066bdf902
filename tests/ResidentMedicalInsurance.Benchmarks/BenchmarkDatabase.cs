using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using static ResidentMedicalInsurance.Benchmarks.BenchmarkCounty;

namespace ResidentMedicalInsurance.Benchmarks;

/// <summary>
/// A throwaway database for one measurement: a SQLite file in a temporary folder or a new PostgreSQL database on the
/// server, both removed on disposal; and the timing loop the query measurements share.
/// </summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly DirectoryInfo directory;
    private readonly string server;

    private BenchmarkDatabase(DirectoryInfo directory, string server, DatabaseOptions options) =>
        (this.directory, this.server, Options) = (directory, server, options);

    public DatabaseOptions Options { get; }

    public static async Task<BenchmarkDatabase> CreateAsync(DatabaseProvider provider, string server, string name)
    {
        var directory = Directory.CreateTempSubdirectory($"rmi-{name}-bench-");
        var options = provider == DatabaseProvider.Sqlite
            ? new DatabaseOptions { Provider = provider, ConnectionString = $"Data Source={Path.Combine(directory.FullName, "rmi.db")}" }
            : new DatabaseOptions { Provider = provider, ConnectionString = await CreatePostgresAsync(server) };
        return new BenchmarkDatabase(directory, server, options);
    }

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Delete(recursive: true);
        if (Options.Provider == DatabaseProvider.PostgreSql)
        {
            await DropPostgresAsync(server, Options.ConnectionString);
        }
    }

    /// <summary>
    /// The median of <paramref name="runs"/> runs after a warm-up, each in a new scope as a page view gets one (the scope is
    /// not timed), printed with the slowest and the last result's description; returns the median in ms.
    /// </summary>
    public static async Task<double> MedianAsync<T>(
        string what, Func<Task<AsyncServiceScope>> newScope, Func<IServiceProvider, Task<T>> run, Func<T, string> describe, int runs = 9)
    {
        var times = new List<double>();
        T result = default!;
        for (var i = 0; i <= runs; i++)
        {
            await using var scope = await newScope();
            var clock = Stopwatch.StartNew();
            result = await run(scope.ServiceProvider);
            if (i > 0)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        var median = times[times.Count / 2];
        Console.WriteLine($"  {what}：中位数 {median:F1} ms，最慢 {times[^1]:F1} ms（{runs} 次）；{describe(result)}");
        return median;
    }
}
