using System.Diagnostics;
using System.Text.Json;

namespace ResidentMedicalInsurance.Cli.Tests;

/// <summary>The built <c>rmi</c> run as a real process, with a real file piped through standard input.</summary>
public class RealProcessTests
{
    [Fact]
    public async Task Section10_RealRmiProcess_FilePipedThroughStdin()
    {
        var directory = Directory.CreateTempSubdirectory("rmi-policy-");
        try
        {
            var input = Path.Combine(directory.FullName, "cases.jsonl");
            await File.WriteAllLinesAsync(input,
            [
                """{"id":"p1","profile":"shiquan-2021","person":{"hukou":"local","birthDate":"2021-03-01"},"payment":{"date":"2021-05-30"}}""",
                "{broken",
                """{"id":"p3","profile":"haimen-2020","person":{"hukou":"local"},"categories":[{"code":"wubao","certifiedOn":"2019-12-01"}],"payment":{"date":"2019-12-20"}}""",
            ]);
            var rmi = typeof(CommandLine).Assembly.Location;
            var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
            var start = new ProcessStartInfo("/bin/sh")
            {
                ArgumentList = { "-c", "\"$0\" \"$1\" policy evaluate < \"$2\"", dotnet, rmi, input },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            Assert.True(process.ExitCode == 0, await stderr);

            var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, lines.Length);
            var first = JsonDocument.Parse(lines[0]).RootElement;
            Assert.Equal("p1", first.GetProperty("id").GetString());
            Assert.Equal("2021-03-01", first.GetProperty("benefitStart").GetString());
            Assert.Contains("\"standardFee\":0.00", lines[0], StringComparison.Ordinal);
            Assert.Contains("一(二)1", lines[0], StringComparison.Ordinal);
            Assert.True(JsonDocument.Parse(lines[1]).RootElement.TryGetProperty("error", out _));
            Assert.Contains("\"subsidy\":{\"code\":\"wubao\",\"amount\":360.00,\"mode\":\"waived\",\"fundedBy\":\"市财政\"}", lines[2], StringComparison.Ordinal);
            Assert.Contains("1 行有误", await stderr, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
