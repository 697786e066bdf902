using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ResidentMedicalInsurance.Cli.Tests;

/// <summary><c>rmi accounts credit</c> (ADR 0068) on a migrated SQLite file: every paid enrolment once, nobody the second time.</summary>
public sealed class AccountsCreditTests
{
    private static async Task<(int Code, string Out, string Error)> Rmi(string database, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await CommandLine.RunAsync([.. args, "--provider", "sqlite", "--connection", $"Data Source={database}"], new CliConsole(TextReader.Null, output, error), CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Credit_credits_each_paid_enrolment_of_the_year_once_and_refuses_a_profile_without_accounts()
    {
        var directory = Directory.CreateTempSubdirectory("rmi-accounts-");
        var database = Path.Combine(directory.FullName, "rmi.db");
        try
        {
            Assert.Equal(0, (await Rmi(database, "migrate")).Code);
            await using (var connection = new SqliteConnection($"Data Source={database}"))
            {
                await connection.OpenAsync();
                await using var switchProfile = connection.CreateCommand();
                switchProfile.CommandText = "UPDATE \"Tenants\" SET \"CurrentProfileId\" = 'lianyungang-2008' WHERE \"Code\" = 'lianyungang'";
                Assert.Equal(1, await switchProfile.ExecuteNonQueryAsync());
            }

            var seeded = await Rmi(database, "seed-scale", "--tenant", "lianyungang", "--residents", "600", "--paid-share", "0.7", "--seed", "5");
            Assert.True(seeded.Code == 0, seeded.Error);
            var paid = JsonDocument.Parse(seeded.Out).RootElement.GetProperty("paid").GetInt32();
            Assert.InRange(paid, 1, 599);

            var first = await Rmi(database, "accounts", "credit", "--tenant", "lianyungang", "--year", "2008");
            var second = await Rmi(database, "accounts", "credit", "--tenant", "lianyungang", "--year", "2008");
            var youxi = await Rmi(database, "accounts", "credit", "--tenant", "youxi", "--year", "2020");
            var badYear = await Rmi(database, "accounts", "credit", "--tenant", "lianyungang", "--year", "二〇〇八");

            Assert.True(first.Code == 0, first.Error);
            var credited = JsonDocument.Parse(first.Out).RootElement;
            Assert.Equal((2008, paid, paid * 50_00L), (credited.GetProperty("year").GetInt32(), credited.GetProperty("credited").GetInt32(), credited.GetProperty("totalFen").GetInt64()));
            Assert.Equal(0, JsonDocument.Parse(second.Out).RootElement.GetProperty("credited").GetInt32());
            Assert.Equal(1, youxi.Code);
            Assert.Contains("未规定个人账户", youxi.Error, StringComparison.Ordinal);
            Assert.Equal(2, badYear.Code);
            Assert.Contains("--year 2008", badYear.Error, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }
}
