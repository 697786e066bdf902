using System.Diagnostics;
using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ResidentMedicalInsurance.Application;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Domain.Rosters;
using ResidentMedicalInsurance.Infrastructure;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Tenancy;

namespace ResidentMedicalInsurance.Benchmarks;

/// <summary>
/// <c>roster-import [rows] [sqlite|postgresql] [postgres server connection]</c>: a fresh Youxi database with
/// 80 % of the roster's persons registered, a department roster of that many rows as xlsx (9 % of them bad in
/// the ways departments' files are), then in a child process of its own: reading the file alone (the
/// baseline), and the import the job runs (stage, read, match, store), with time, rows/s and peak memory (VmHWM).
/// </summary>
public static class RosterImportMeasurement
{

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args.Count > 0 && args[0] == "step")
        {
            return await StepAsync(args[1], args[2], args[3], args[4]);
        }

        var count = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var provider = args.Count > 1 && args[1].StartsWith("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        var directory = Path.Combine(Path.GetTempPath(), $"rmi-roster-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var options = provider == DatabaseProvider.Sqlite
            ? new DatabaseOptions { Provider = provider, ConnectionString = $"Data Source={Path.Combine(directory, "rmi.db")}" }
            : new DatabaseOptions { Provider = provider, ConnectionString = await BenchmarkCounty.CreatePostgresAsync(args.Count > 2 ? args[2] : BenchmarkCounty.DefaultServer) };
        var file = Path.Combine(directory, "roster.xlsx");
        try
        {
            var seed = Stopwatch.StartNew();
            await SeedAsync(options, count, file);
            Console.WriteLine($"{provider}: {count:N0} 行名单，{count * 8 / 10:N0} 名已登记居民；准备用时 {seed.Elapsed.TotalSeconds:F1} s；机器负载 {File.ReadAllText("/proc/loadavg").Trim()}");
            foreach (var step in new[] { "read", "import" })
            {
                if (await ChildAsync(step, options, file) != 0)
                {
                    return 1;
                }
            }

            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
            if (provider == DatabaseProvider.PostgreSql)
            {
                await BenchmarkCounty.DropPostgresAsync(args.Count > 2 ? args[2] : BenchmarkCounty.DefaultServer, options.ConnectionString);
            }
        }
    }

    private static async Task<int> ChildAsync(string step, DatabaseOptions options, string file)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(RosterImportMeasurement).Assembly.Location);
        }

        foreach (var argument in new[] { "roster-import", "step", step, options.Provider.ToString(), options.ConnectionString, file })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    private static async Task<int> StepAsync(string step, string provider, string connection, string file)
    {
        await using var services = BenchmarkCounty.Services(new DatabaseOptions { Provider = Enum.Parse<DatabaseProvider>(provider), ConnectionString = connection });
        var clock = Stopwatch.StartNew();
        var rows = 0;
        if (step == "read")
        {
            await using var content = File.OpenRead(file);
            await foreach (var _ in services.GetRequiredService<ITableFileReader>().ReadAsync(content, "roster.xlsx", RosterLayout.Columns, CancellationToken.None))
            {
                rows++;
            }

            BenchmarkCounty.Report("只读文件（基线）", rows, clock.Elapsed);
            return 0;
        }

        await using var scope = await BenchmarkCounty.StaffScopeAsync(services);
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var staged = await mediator.Send(new StageRoster { Department = "民政局", Year = 2020, FileName = "roster.xlsx", Content = await File.ReadAllBytesAsync(file) });
        var status = await scope.ServiceProvider.GetRequiredService<RosterImport>().RunAsync(staged.RosterId, CancellationToken.None);
        var imported = clock.Elapsed;
        var review = await mediator.Send(new GetRoster(staged.RosterId));
        BenchmarkCounty.Report($"导入+比对（{status}）", review.Roster.RowsTotal, imported);
        Console.WriteLine("  " + string.Join("，", review.Outcomes.Select(o => $"{o.Name} {o.Count:N0}")));
        Console.WriteLine($"  相对只读文件：{imported.TotalSeconds / ReadSeconds(file, services):F1} 倍（同一进程内再读一次文件作基线）");

        // Approving every matched row at once: one transaction, one certification and one audit entry per person.
        var approving = Stopwatch.StartNew();
        var approved = await mediator.Send(new ApproveRosterRows(staged.RosterId));
        BenchmarkCounty.Report("全部审核通过", approved.Rows, approving.Elapsed);
        return status == RosterStatus.Ready ? 0 : 1;
    }

    private static double ReadSeconds(string file, IServiceProvider services)
    {
        var clock = Stopwatch.StartNew();
        using var content = File.OpenRead(file);
        var rows = services.GetRequiredService<ITableFileReader>().ReadAsync(content, "roster.xlsx", RosterLayout.Columns, CancellationToken.None)
            .CountAsync().AsTask().GetAwaiter().GetResult();
        return rows > 0 ? clock.Elapsed.TotalSeconds : double.NaN;
    }


    private static async Task SeedAsync(DatabaseOptions options, int count, string file)
    {
        await using var services = BenchmarkCounty.Services(options);
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        await using var scope = await BenchmarkCounty.StaffScopeAsync(services);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var townships = await db.Townships.OrderBy(t => t.SortOrder).Select(t => new { t.Id, t.Name }).ToListAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var registered = count * 8 / 10;
        for (var start = 0; start < registered; start += 5000)
        {
            for (var i = start; i < Math.Min(registered, start + 5000); i++)
            {
                var township = townships[i % townships.Count];
                var household = new Household { Id = Guid.CreateVersion7(), TownshipId = township.Id, Village = "演示村", Number = $"B{i:000000}", Address = "演示地址", CreatedAt = DateTimeOffset.UtcNow };
                var id = ResidentIdNumber.FromStorage(BenchmarkCounty.Id(i));
                db.Households.Add(household);
                db.Residents.Add(new Resident
                {
                    Id = Guid.CreateVersion7(), HouseholdId = household.Id, TownshipId = township.Id, Name = BenchmarkCounty.Name(i), IdNumber = id.Value,
                    BirthDate = id.BirthDate, Sex = id.Sex, Relationship = Relationship.Head, Hukou = HukouKind.Local, CreatedAt = DateTimeOffset.UtcNow,
                });
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        await using var output = File.Create(file);
        await services.GetRequiredService<ITableFileWriter>().WriteXlsxAsync(output, "名单", RosterLayout.TemplateHeaders,
            RosterRows(count, townships.Select(t => t.Name).ToList()), CancellationToken.None);
    }

    /// <summary>The roster: 80 % registered persons, then the unregistered, with a bad row every 11th.</summary>
    private static async IAsyncEnumerable<IReadOnlyList<object?>> RosterRows(int count, IReadOnlyList<string> townships)
    {
        for (var i = 0; i < count; i++)
        {
            var bad = i % 11;
            yield return
            [
                bad == 1 ? BenchmarkCounty.Name(i) + "某" : BenchmarkCounty.Name(i),
                bad == 2 ? BenchmarkCounty.Id(i)[..17] + "0" : BenchmarkCounty.Id(i),
                bad == 3 ? "五保户" : "yiliao-jiuzhu-1",
                "民政局",
                "2019-11-01",
                bad == 4 ? "外县镇" : townships[i % townships.Count],
                "演示村",
                "",
                "新增",
            ];
        }

        await Task.CompletedTask;
    }

}
