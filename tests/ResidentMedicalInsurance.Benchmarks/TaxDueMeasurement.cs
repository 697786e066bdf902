using System.Diagnostics;
using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ResidentMedicalInsurance.Application;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Tax;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Infrastructure;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Tenancy;

namespace ResidentMedicalInsurance.Benchmarks;

/// <summary>
/// <c>tax-due [rows] [sqlite|postgresql] [postgres server connection]</c> (ADR 0054): a fresh Youxi database with that
/// many enrolled-not-paid residents seeded in bulk over every township (every 50th certified and paid for by 民政局),
/// then, each in a child process of its own, the rows alone (read and quoted, nothing written: the baseline) and the export of 应缴费信息 on 2019-12-20 to csv and to xlsx: time,
/// rows/s and peak memory (VmHWM). Goal: 400,000 rows in ≤ 10 s.
/// </summary>
public static class TaxDueMeasurement
{
    private const string DefaultServer = "Host=127.0.0.1;Port=55432;Username=rmi;Database=postgres";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args.Count > 0 && args[0] == "step")
        {
            return await StepAsync(args[1], args[2], args[3], int.Parse(args[4], CultureInfo.InvariantCulture));
        }

        var count = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 400_000;
        var provider = args.Count > 1 && args[1].StartsWith("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        var server = args.Count > 2 ? args[2] : DefaultServer;
        var directory = Path.Combine(Path.GetTempPath(), $"rmi-due-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var options = provider == DatabaseProvider.Sqlite
            ? new DatabaseOptions { Provider = provider, ConnectionString = $"Data Source={Path.Combine(directory, "rmi.db")}" }
            : new DatabaseOptions { Provider = provider, ConnectionString = await CreatePostgresAsync(server) };
        try
        {
            var seed = Stopwatch.StartNew();
            var waived = await SeedAsync(options, count);
            Console.WriteLine($"{provider}: {count:N0} 名待缴费参保人（其中 {waived:N0} 人部门代缴）；准备用时 {seed.Elapsed.TotalSeconds:F1} s；机器负载 {File.ReadAllText("/proc/loadavg").Trim()}");
            foreach (var format in new[] { "none", "csv", "xlsx" })
            {
                if (await ChildAsync(options, Path.Combine(directory, "due." + format), count - waived) != 0)
                {
                    return 1;
                }
            }

            return 0;
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("RMI_BENCH_KEEP") == "1")
            {
                Console.WriteLine($"  数据库保留在 {options.ConnectionString}（RMI_BENCH_KEEP=1）");
            }
            else
            {
                Directory.Delete(directory, recursive: true);
            }
            if (provider == DatabaseProvider.PostgreSql && Environment.GetEnvironmentVariable("RMI_BENCH_KEEP") != "1")
            {
                await DropPostgresAsync(server, options.ConnectionString);
            }
        }
    }

    private static async Task<int> ChildAsync(DatabaseOptions options, string file, int expected)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(TaxDueMeasurement).Assembly.Location);
        }

        foreach (var argument in new[] { "tax-due", "step", options.Provider.ToString(), options.ConnectionString, file, expected.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    /// <summary>One export, as the download does it: the command, then its rows streamed into the file.</summary>
    private static async Task<int> StepAsync(string provider, string connection, string file, int expected)
    {
        await using var services = Services(new DatabaseOptions { Provider = Enum.Parse<DatabaseProvider>(provider), ConnectionString = connection });
        await using var scope = await StaffScopeAsync(services);
        var clock = Stopwatch.StartNew();
        var csv = file.EndsWith(".csv", StringComparison.Ordinal);
        var readOnly = file.EndsWith(".none", StringComparison.Ordinal);
        var export = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new ExportDue(new DateOnly(2019, 12, 20), null, csv ? DueFileFormat.Csv : DueFileFormat.Xlsx));
        var writer = scope.ServiceProvider.GetRequiredService<ITableFileWriter>();
        await using (var output = File.Create(file))
        {
            var d = export.Download;
            await (readOnly ? d.Rows.CountAsync().AsTask()
                : csv ? writer.WriteCsvAsync(output, d.Headers, d.Rows, CancellationToken.None)
                : writer.WriteXlsxAsync(output, d.Sheet, d.Headers, d.Rows, CancellationToken.None));
        }

        var elapsed = clock.Elapsed;
        var peak = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM", StringComparison.Ordinal)).Split(':')[1].Trim();
        var rows = export.Counts.Listed;
        Console.WriteLine($"  应缴费信息 {(readOnly ? "只读取和报价（基线）" : csv ? "csv" : "xlsx")}: {rows:N0} 行（未列入 {export.Counts.LeftOut:N0}），{elapsed.TotalSeconds:F2} s，{rows / elapsed.TotalSeconds:N0} 行/s，"
            + $"文件 {new FileInfo(file).Length / 1048576.0:F1} MB，峰值内存 {peak}");
        return rows == expected ? 0 : 1;
    }

    /// <summary>Households, residents and 2020 enrolments awaiting payment in bulk; every 50th resident certified 低保 (fully waived). Returns how many.</summary>
    private static async Task<int> SeedAsync(DatabaseOptions options, int count)
    {
        await using var services = Services(options);
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        await using var scope = await StaffScopeAsync(services);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var townships = await db.Townships.OrderBy(t => t.SortOrder).Select(t => t.Id).ToListAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = new DateTimeOffset(2019, 11, 1, 9, 0, 0, TimeSpan.FromHours(8));
        var waived = 0;
        for (var start = 0; start < count; start += 5000)
        {
            for (var i = start; i < Math.Min(count, start + 5000); i++)
            {
                var township = townships[i % townships.Count];
                var household = new Household { Id = Guid.CreateVersion7(), TownshipId = township, Village = "演示村", Number = $"D{i:000000}", Address = "演示地址", CreatedAt = now };
                var id = ResidentIdNumber.FromStorage(Id(i));
                var resident = new Resident
                {
                    Id = Guid.CreateVersion7(), HouseholdId = household.Id, TownshipId = township, Name = "演示" + (i % 1000).ToString(CultureInfo.InvariantCulture), IdNumber = id.Value,
                    BirthDate = id.BirthDate, Sex = id.Sex, Relationship = Relationship.Head, Hukou = HukouKind.Local, CreatedAt = now,
                };
                db.Households.Add(household);
                db.Residents.Add(resident);
                db.Enrollments.Add(new Enrollment
                {
                    Id = Guid.CreateVersion7(), ResidentId = resident.Id, HouseholdId = household.Id, TownshipId = township, Year = 2020,
                    ProfileId = "youxi-2020", Status = EnrollmentStatus.AwaitingPayment, EnrolledAt = now,
                });
                if (i % 50 == 0)
                {
                    waived++;
                    db.SubsidyCertifications.Add(new SubsidyCertification
                    {
                        Id = Guid.CreateVersion7(), ResidentId = resident.Id, HouseholdId = household.Id, Code = "yiliao-jiuzhu-1", Year = 2020, Department = "民政局",
                        CertifiedOn = new DateOnly(2019, 9, 1), Source = "bench", ApprovedAt = now, ApprovedBy = "bench",
                    });
                }
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return waived;
    }

    private static string Id(int i)
    {
        var first17 = $"350426{new DateOnly(1930, 1, 1).AddDays(i / 500):yyyyMMdd}{i % 500 * 2 + 1:000}";
        return first17 + ResidentIdNumber.ComputeCheckDigit(first17);
    }

    private static ServiceProvider Services(DatabaseOptions options)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] = options.Provider.ToString(),
            [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.ConnectionString)}"] = options.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddInfrastructure(configuration);
        services.AddApplication();
        return services.BuildServiceProvider();
    }

    private static async Task<AsyncServiceScope> StaffScopeAsync(ServiceProvider services)
    {
        await using var lookup = services.CreateAsyncScope();
        var tenant = await lookup.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.IgnoreQueryFilters().SingleAsync(t => t.Code == "youxi");
        return services.GetRequiredService<IServiceScopeFactory>().CreateScopeAs(CurrentUser.JobPrincipal(tenant.Id, "bench", "bench"));
    }

    private static async Task DropPostgresAsync(string server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(database).Database} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<string> CreatePostgresAsync(string server)
    {
        var name = $"rmi_bench_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }
}
