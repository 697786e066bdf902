using System.Diagnostics;
using System.Globalization;
using System.Text;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Features.Tax;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Benchmarks;

/// <summary>
/// <c>tax-paid [rows] [sqlite|postgresql] [server]</c>: a Youxi database with that many enrolled, unpaid residents
/// and a csv of the tax bureau's paid records for all of them; each in its own child process (so each peak memory is
/// its own), the match (stage, read, match, store) and then 入账 as the job runs it (every row a payment, one
/// transaction), each with time, rows/s and peak memory (VmHWM); then the import's total and the load average.
/// </summary>
public static class TaxPaidMeasurement
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args.Count > 0 && args[0] == "step")
        {
            return await StepAsync(args[1], args[2], args[3], args[4]);
        }

        var count = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 400_000;
        var provider = args.Count > 1 && args[1].StartsWith("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        var server = args.Count > 2 ? args[2] : BenchmarkCounty.DefaultServer;
        var directory = Path.Combine(Path.GetTempPath(), $"rmi-tax-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var options = provider == DatabaseProvider.Sqlite
            ? new DatabaseOptions { Provider = provider, ConnectionString = $"Data Source={Path.Combine(directory, "rmi.db")}" }
            : new DatabaseOptions { Provider = provider, ConnectionString = await BenchmarkCounty.CreatePostgresAsync(server) };
        var file = Path.Combine(directory, "paid.csv");
        try
        {
            var seed = Stopwatch.StartNew();
            await SeedAsync(options, count, file);
            Console.WriteLine($"{provider}: {count:N0} 条已缴费信息，{count:N0} 名待缴费参保人；准备用时 {seed.Elapsed.TotalSeconds:F1} s；机器负载 {File.ReadAllText("/proc/loadavg").Trim()}");
            var total = Stopwatch.StartNew();
            foreach (var step in new[] { "match", "apply" })
            {
                if (await ChildAsync(step, options, file) is not 0 and var failed)
                {
                    return failed;
                }
            }

            Console.WriteLine($"  导入合计（比对+入账，不含进程启动以外的准备）: {total.Elapsed.TotalSeconds:F1} s；机器负载 {File.ReadAllText("/proc/loadavg").Trim()}");
            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
            if (provider == DatabaseProvider.PostgreSql)
            {
                await BenchmarkCounty.DropPostgresAsync(server, options.ConnectionString);
            }
        }
    }

    private static async Task<int> ChildAsync(string step, DatabaseOptions options, string file)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(TaxPaidMeasurement).Assembly.Location);
        }

        foreach (var argument in new[] { "tax-paid", "step", step, options.Provider.ToString(), options.ConnectionString, file })
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
        await using var scope = await BenchmarkCounty.StaffScopeAsync(services);
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var clock = Stopwatch.StartNew();
        if (step == "match")
        {
            var staged = await mediator.Send(new StagePaidFile { FileName = "paid.csv", Content = await File.ReadAllBytesAsync(file) });
            var status = await scope.ServiceProvider.GetRequiredService<PaidFileImport>().RunAsync(staged.FileId, CancellationToken.None);
            var summary = (await mediator.Send(new ListPaidFiles())).Single(f => f.Id == staged.FileId);
            BenchmarkCounty.Report($"导入+比对（{status}{summary.Failure}）", summary.RowsTotal, clock.Elapsed);
            Console.WriteLine("  " + string.Join("，", summary.Outcomes.Where(o => o.Count > 0).Select(o => $"{o.Name} {o.Count:N0}")));
            return 0;
        }

        // 入账 as the job runs it: queued from the page (入账中), then the job's one transaction.
        var fileId = (await mediator.Send(new ListPaidFiles())).Single().Id;
        await mediator.Send(new QueuePaidFileApply(fileId));
        var applied = await scope.ServiceProvider.GetRequiredService<PaidFileApplication>().RunAsync(fileId, CancellationToken.None);
        var summaryAfter = (await mediator.Send(new ListPaidFiles())).Single();
        var payments = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Payments.CountAsync();
        BenchmarkCounty.Report($"入账（一个事务，{applied}{summaryAfter.Failure}）", payments, clock.Elapsed);
        return applied == Domain.Tax.PaidFileStatus.Applied ? 0 : 1;
    }

    private static async Task SeedAsync(DatabaseOptions options, int count, string file)
    {
        await using var services = BenchmarkCounty.Services(options);
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        await using var scope = await BenchmarkCounty.StaffScopeAsync(services);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var townships = await db.Townships.OrderBy(t => t.SortOrder).Select(t => t.Id).ToListAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = new DateTimeOffset(2019, 10, 1, 9, 0, 0, TimeSpan.FromHours(8));
        for (var start = 0; start < count; start += 5000)
        {
            for (var i = start; i < Math.Min(count, start + 5000); i++)
            {
                var township = townships[i % townships.Count];
                var household = new Household { Id = Guid.CreateVersion7(), TownshipId = township, Village = "演示村", Number = $"T{i:0000000}", Address = "演示地址", CreatedAt = now };
                var id = ResidentIdNumber.FromStorage(BenchmarkCounty.Id(i));
                var resident = new Resident
                {
                    Id = Guid.CreateVersion7(), HouseholdId = household.Id, TownshipId = township, Name = BenchmarkCounty.Name(i), IdNumber = id.Value,
                    BirthDate = id.BirthDate, Sex = id.Sex, Relationship = Relationship.Head, Hukou = HukouKind.Local, CreatedAt = now,
                };
                db.Households.Add(household);
                db.Residents.Add(resident);
                db.Enrollments.Add(new Enrollment
                {
                    Id = Guid.CreateVersion7(), ResidentId = resident.Id, HouseholdId = household.Id, TownshipId = township, Year = 2020,
                    ProfileId = "youxi-2020", Status = EnrollmentStatus.AwaitingPayment, StandardFeeFen = 250_00, SubsidyFen = 0, AmountDueFen = 250_00, EnrolledAt = now,
                });
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        await using var output = new StreamWriter(file, false, new UTF8Encoding(false)) { NewLine = "\r\n" };
        await output.WriteLineAsync("身份证号,姓名,缴费年度,缴费金额,缴费时间,缴费渠道,电子税票号,征收机关");
        for (var i = 0; i < count; i++)
        {
            await output.WriteLineAsync($"{BenchmarkCounty.Id(i)},{BenchmarkCounty.Name(i)},2020,250.00,2019-11-{1 + i % 28:00} 10:00:00,微信,T{i:0000000},尤溪县税务局");
        }
    }
}
