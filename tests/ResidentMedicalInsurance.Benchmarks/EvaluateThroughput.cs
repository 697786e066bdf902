using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ResidentMedicalInsurance.Policies;

namespace ResidentMedicalInsurance.Benchmarks;

/// <summary>
/// <c>evaluate-throughput [cases] [directory]</c>: writes seeded synthetic cases (default 1,000,000) to a real
/// JSON Lines file, pipes it through the built <c>rmi policy evaluate</c> process and reports cases per second.
/// </summary>
public static class EvaluateThroughput
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var count = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var directory = args.Count > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "rmi-throughput");
        Directory.CreateDirectory(directory);
        var input = Path.Combine(directory, "cases.jsonl");
        var output = Path.Combine(directory, "results.jsonl");

        var generation = Stopwatch.StartNew();
        var bytes = WriteCases(input, count);
        Console.WriteLine($"生成 {count:N0} 条案例：{bytes / 1024.0 / 1024.0:F1} MiB，用时 {generation.Elapsed.TotalSeconds:F1} 秒 -> {input}");

        File.Delete(output);
        var rmi = typeof(ResidentMedicalInsurance.Cli.CommandLine).Assembly.Location;
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo("/bin/sh")
        {
            // `times` (POSIX) prints the CPU time of the shell's children: rmi's own user and system time.
            ArgumentList = { "-c", "\"$0\" \"$1\" policy evaluate < \"$2\" > \"$3\" 2>/dev/null; status=$?; times; exit $status", dotnet, rmi, input, output },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderrTask = process.StandardError.ReadToEndAsync();
        var times = await process.StandardOutput.ReadToEndAsync();
        var stderr = await stderrTask;
        await process.WaitForExitAsync();
        clock.Stop();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"rmi 退出码 {process.ExitCode}：{stderr}");
            return 1;
        }

        var results = CountLines(output);
        var perSecond = count / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"rmi policy evaluate：{results:N0} 行结果，用时 {clock.Elapsed.TotalSeconds:F2} 秒（含进程启动），{perSecond:N0} 条/秒。");
        var cpu = ChildCpuSeconds(times);
        if (cpu > 0)
        {
            Console.WriteLine($"rmi 进程 CPU 时间（用户+系统，含后台输出线程）{cpu:F2} 秒：{count / cpu:N0} 条/CPU 秒。");
        }

        Console.WriteLine($"目标 ≥ 200,000 条/秒（墙钟）：{(perSecond >= 200_000 ? "达到" : "未达到")}；机器负载：{LoadAverage()}");
        return results == count ? 0 : 1;
    }

    /// <summary>Writes the cases (1 in 1,000 deliberately malformed, to exercise error lines); returns the file size.</summary>
    private static long WriteCases(string path, int count)
    {
        var generator = new CaseGenerator(seed: 1_000_000);
        var profiles = PolicyCatalog.All;
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(file, options))
        {
            for (var i = 0; i < count; i++)
            {
                var profile = profiles[i % profiles.Count];
                if (i % 1000 == 999)
                {
                    json.Flush();
                    file.Write("{\"id\":\"broken\",\"profile\":\n"u8);
                    continue;
                }

                WriteCase(json, "c" + i.ToString(CultureInfo.InvariantCulture), profile.Id, generator.Next(profile));
                json.Flush();
                file.WriteByte((byte)'\n');
                json.Reset();
            }
        }

        // On disk before the clock starts, so that write-back of the input does not compete with the run.
        file.Flush(flushToDisk: true);
        return file.Length;
    }

    private static void WriteCase(Utf8JsonWriter json, string id, string profile, PolicyCase c)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("profile", profile);
        json.WriteStartObject("person");
        if (c.Person.BirthDate is DateOnly birth)
        {
            json.WriteString("birthDate", birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        json.WriteString("hukou", c.Person.Hukou == Hukou.Local ? "local" : "nonlocal");
        json.WriteBoolean("residencePermit", c.Person.ResidencePermit);
        json.WriteBoolean("employeeInsurance", c.Person.EmployeeInsurance);
        if (c.Person.Student is { } student)
        {
            json.WriteStartObject("student");
            json.WriteBoolean("localSchool", student.LocalSchool);
            json.WriteBoolean("college", student.College);
            json.WriteBoolean("firstEnrollment", student.FirstEnrollment);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("categories");
        foreach (var category in c.Categories)
        {
            json.WriteStartObject();
            json.WriteString("code", category.Code);
            json.WriteString("certifiedOn", category.CertifiedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("circumstances");
        var k = c.Circumstances;
        if (k.MigrantWorker) { json.WriteBoolean("migrantWorker", true); }
        if (k.DischargedSoldier) { json.WriteBoolean("dischargedSoldier", true); }
        if (k.CollegeFreshman) { json.WriteBoolean("collegeFreshman", true); }
        if (k.MedicalAssistance) { json.WriteBoolean("medicalAssistance", true); }
        if (k.ContinuousPriorYears > 0) { json.WriteNumber("continuousPriorYears", k.ContinuousPriorYears); }
        json.WriteEndObject();
        json.WriteStartObject("payment");
        json.WriteString("date", c.PaymentDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteEndObject();
        if (c.Refund is { } refund)
        {
            json.WriteStartObject("refund");
            json.WriteString("reason", ReasonCode(refund.Reason));
            json.WriteString("date", refund.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteBoolean("benefitsUsed", refund.BenefitsUsed);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static string ReasonCode(RefundReason reason) => reason switch
    {
        RefundReason.Death => "death",
        RefundReason.MovedOut => "moved-out",
        RefundReason.Employed => "employed",
        RefundReason.JoinedEmployeeInsurance => "joined-employee-insurance",
        RefundReason.Conscripted => "conscripted",
        RefundReason.Imprisoned => "imprisoned",
        RefundReason.Duplicate => "duplicate",
        RefundReason.Erroneous => "erroneous",
        _ => "wrong-location",
    };

    /// <summary>Sums the second line of <c>times</c> output ("0m2.900s 0m0.450s"): children's user and system time.</summary>
    private static double ChildCpuSeconds(string times)
    {
        var lines = times.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length < 2)
        {
            return 0;
        }

        double total = 0;
        foreach (var part in lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var m = part.IndexOf('m', StringComparison.Ordinal);
            if (m > 0 && part.EndsWith('s'))
            {
                total += (double.Parse(part[..m], CultureInfo.InvariantCulture) * 60) + double.Parse(part[(m + 1)..^1], CultureInfo.InvariantCulture);
            }
        }

        return total;
    }

    private static string LoadAverage()
        => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() + $"（{Environment.ProcessorCount} 核）" : "未知";

    private static long CountLines(string path)
    {
        using var file = File.OpenRead(path);
        var buffer = new byte[1 << 16];
        long lines = 0;
        int read;
        while ((read = file.Read(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return lines;
    }
}
