using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ResidentMedicalInsurance.Cli.Tests;

/// <summary><c>rmi seed-scale</c> then <c>rmi report progress</c> on a migrated SQLite file: the JSON lines the issue names.</summary>
public sealed class ReportProgressTests
{
    private static async Task<(int Code, string Out, string Error)> Rmi(string database, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await CommandLine.RunAsync([.. args, "--provider", "sqlite", "--connection", $"Data Source={database}"], new CliConsole(TextReader.Null, output, error), CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Progress_prints_one_line_per_township_and_a_total_from_the_seeded_rows()
    {
        var directory = Directory.CreateTempSubdirectory("rmi-progress-");
        var database = Path.Combine(directory.FullName, "rmi.db");
        try
        {
            Assert.Equal(0, (await Rmi(database, "migrate")).Code);
            var seeded = await Rmi(database, "seed-scale", "--tenant", "youxi", "--residents", "2000", "--paid-share", "0.85", "--seed", "3");
            var report = await Rmi(database, "report", "progress", "--tenant", "youxi");
            var early = await Rmi(database, "report", "progress", "--tenant", "youxi", "--date", "2019-08-31");
            var wrongDate = await Rmi(database, "report", "progress", "--tenant", "youxi", "--date", "2019/12/31");

            Assert.True(seeded.Code == 0, seeded.Error);
            var counts = JsonDocument.Parse(seeded.Out).RootElement;
            Assert.Equal(2000, counts.GetProperty("residents").GetInt32());
            Assert.Equal(0, report.Code);
            var lines = report.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(16, lines.Count);
            Assert.All(lines, l => Assert.Equal(["township", "plan", "enrolled", "paid", "rate"], l.EnumerateObject().Select(p => p.Name)));
            Assert.Equal(("城关镇", 30224), (lines[0].GetProperty("township").GetString(), lines[0].GetProperty("plan").GetInt32()));
            Assert.Equal(("尤溪口镇", 683), (lines[14].GetProperty("township").GetString(), lines[14].GetProperty("plan").GetInt32()));
            var total = lines[15];
            Assert.Equal("合计", total.GetProperty("township").GetString());
            Assert.Equal(counts.GetProperty("enrolled").GetInt32(), total.GetProperty("enrolled").GetInt32());
            Assert.Equal(counts.GetProperty("paid").GetInt32(), total.GetProperty("paid").GetInt32());
            Assert.Equal(lines.Take(15).Sum(l => l.GetProperty("paid").GetInt32()), total.GetProperty("paid").GetInt32());
            Assert.Equal(Math.Round((double)counts.GetProperty("paid").GetInt32() / total.GetProperty("plan").GetInt32(), 4), total.GetProperty("rate").GetDouble());
            Assert.Contains("\"township\":\"合计\"", report.Out, StringComparison.Ordinal);
            Assert.EndsWith("\"paid\":0,\"rate\":0}", early.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal);
            Assert.Equal(1, wrongDate.Code);
            Assert.Contains("yyyy-MM-dd", wrongDate.Error, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }
}
