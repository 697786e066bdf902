using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Cli;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Infrastructure.Tests;

/// <summary><c>rmi migrate</c>, <c>seed-demo</c> and <c>create-user</c> through the real command line.</summary>
public sealed class CliDatabaseCommandTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Migrate_then_seed_demo_builds_a_usable_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var migrate = await RunAsync(database, "migrate");
        Assert.Equal(0, migrate.ExitCode);
        Assert.Contains("数据库已是最新版本", migrate.Out, StringComparison.Ordinal);

        var seed = await RunAsync(database, "seed-demo");
        Assert.Equal(0, seed.ExitCode);
        Assert.Contains("新建 20 个用户", seed.Out, StringComparison.Ordinal);
        Assert.Contains("新建 0 个用户", (await RunAsync(database, "seed-demo")).Out, StringComparison.Ordinal);

        await using var scope = database.Services.Provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(4, await db.Tenants.IgnoreQueryFilters().CountAsync());
        Assert.Equal(20, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Create_user_binds_a_clerk_to_the_named_townships_of_the_tenant()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Assert.Equal(0, (await RunAsync(database, "migrate")).ExitCode);

        var result = await RunAsync(database, "create-user", "--tenant", "shiquan", "--role", "clerk", "--user", "sq-wang",
            "--password", "Shiquan@2026-x", "--display-name", "王敏（城关镇经办员）", "--township", "城关镇", "--township", "池河镇");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("已创建用户 sq-wang。", result.Out.Trim());
        var shiquan = await database.Services.TenantAsync("shiquan");
        await using var scope = database.Services.Provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.Users.Include(u => u.Townships).SingleAsync(u => u.UserName == "sq-wang");
        Assert.Equal(shiquan.Id, user.TenantId);
        Assert.Equal("王敏（城关镇经办员）", user.DisplayName);
        Assert.Equal(["Clerk"], await users.GetRolesAsync(user));
        Assert.Equal(
            shiquan.Townships.Where(t => t.Name is "城关镇" or "池河镇").Select(t => t.Id).Order(),
            user.Townships.Select(t => t.TownshipId).Order());
        Assert.True(await users.CheckPasswordAsync(user, "Shiquan@2026-x"));
    }

    [Theory]
    [InlineData("未知的县代码“nowhere”", "--tenant", "nowhere", "--role", "Admin", "--user", "x1", "--password", "Good@Pass-2026")]
    [InlineData("未知的角色“Boss”", "--tenant", "youxi", "--role", "Boss", "--user", "x2", "--password", "Good@Pass-2026")]
    [InlineData("尤溪县没有乡镇“饶峰镇”", "--tenant", "youxi", "--role", "Clerk", "--user", "x3", "--password", "Good@Pass-2026", "--township", "饶峰镇")]
    [InlineData("至少要绑定一个乡镇", "--tenant", "youxi", "--role", "Clerk", "--user", "x4", "--password", "Good@Pass-2026")]
    [InlineData("密码至少需要 12 个字符", "--tenant", "youxi", "--role", "Admin", "--user", "x5", "--password", "Sh@rt1")]
    [InlineData("密码需要至少一个数字", "--tenant", "youxi", "--role", "Admin", "--user", "x6", "--password", "No-digits-here")]
    [InlineData("用户名“youxi-admin”已存在", "--tenant", "youxi", "--role", "Admin", "--user", "youxi-admin", "--password", "Good@Pass-2026")]
    public async Task Create_user_refuses_bad_input_in_zh_CN_and_creates_nothing(string expected, params string[] arguments)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Assert.Equal(0, (await RunAsync(database, "migrate")).ExitCode);
        Assert.Equal(0, (await RunAsync(database, "create-user", "--tenant", "youxi", "--role", "Admin", "--user", "youxi-admin", "--password", "Good@Pass-2026")).ExitCode);

        var result = await RunAsync(database, ["create-user", .. arguments]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        await using var scope = database.Services.Provider.CreateAsyncScope();
        Assert.Equal(["youxi-admin"], await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Select(u => u.UserName).ToListAsync());
    }

    [Fact]
    public async Task Create_user_before_migrate_and_with_missing_options_says_what_to_do()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var missing = await RunAsync(database, "create-user", "--tenant", "youxi");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("缺少参数：--role --user --password", missing.Error, StringComparison.Ordinal);

        var unmigrated = await RunAsync(database, "create-user", "--tenant", "youxi", "--role", "Admin", "--user", "a1", "--password", "Good@Pass-2026");
        Assert.Equal(1, unmigrated.ExitCode);
        Assert.Contains("请先运行 rmi migrate", unmigrated.Error, StringComparison.Ordinal);

        var help = await CommandLine.RunAsync(["create-user", "--help"], Console(out var helpOut, out _), CancellationToken.None);
        Assert.Equal(0, help);
        Assert.Contains("用法：rmi create-user --tenant", helpOut.ToString(), StringComparison.Ordinal);

        var badProvider = await CommandLine.RunAsync(["migrate", "--provider", "oracle"], Console(out _, out var error), CancellationToken.None);
        Assert.Equal(1, badProvider);
        Assert.Contains("未知的数据库类型“oracle”", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Roster_import_runs_the_job_and_prints_every_outcome_count_in_one_json_line(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateDemoAsync(provider);
        var youxi = await database.Services.TenantAsync("youxi");
        Domain.Households.Resident resident;
        await using (var scope = database.Services.ScopeAs(youxi.Id, Application.Security.Roles.CountyStaff))
        {
            resident = await scope.Db().Residents.OrderBy(r => r.IdNumber).FirstAsync(r => !r.EmployeeInsurance && r.Departure == null);
        }

        var file = Path.Combine(Path.GetTempPath(), $"roster-{Guid.NewGuid():N}.xlsx");
        await using (var output = File.Create(file))
        {
            await database.Services.Provider.GetRequiredService<Application.Abstractions.ITableFileWriter>().WriteXlsxAsync(output, "名单",
                ["姓名", "身份证号", "资助类别", "认定日期"],
                Rows([resident.Name, resident.IdNumber, "残疾人", "2019-09-01"], ["某人", "35042619900101001", "残疾人", ""]),
                CancellationToken.None);
        }

        var result = await RunAsync(database, "roster", "import", "--tenant", "youxi", "--file", file, "--department", "残联", "--year", "2020", "--approve-matched");
        File.Delete(file);

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out.Trim());
        var outcomes = json.RootElement.GetProperty("outcomes");
        Assert.Equal(2, json.RootElement.GetProperty("rows").GetInt32());
        Assert.Equal(
            ["matched", "not-registered", "invalid-id", "name-mismatch", "unknown-category", "late-certification", "duplicate-in-file", "employee-insurance", "not-in-scope"],
            outcomes.EnumerateObject().Select(o => o.Name));
        Assert.Equal(1, outcomes.GetProperty("matched").GetInt32());
        Assert.Equal(1, outcomes.GetProperty("invalid-id").GetInt32());
        Assert.Equal(0, outcomes.GetProperty("not-in-scope").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("approved").GetInt32());
        Assert.True(Guid.TryParse(json.RootElement.GetProperty("roster").GetString(), out _));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Tax_import_paid_records_a_payment_once_and_the_same_file_again_records_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateDemoAsync(provider);
        var youxi = await database.Services.TenantAsync("youxi");
        const string idNumber = "350426195803030018", name = "税甲";
        var township = youxi.Townships.Single(t => t.Name == "城关镇").Id;
        await using (var scope = database.Services.ScopeAs(youxi.Id, Application.Security.Roles.Clerk, township))
        {
            var mediator = scope.Get<MediatR.IMediator>();
            var registered = await mediator.Send(new Application.Features.Households.RegisterHousehold
            {
                TownshipId = township, Village = "城东村", HouseholdNumber = "TAX-CLI-1", Address = "城东村 1 号",
                Head = new() { Name = name, IdNumber = idNumber, Relationship = Domain.Households.Relationship.Head, Hukou = Domain.Households.HukouKind.Local },
            });
            await mediator.Send(new Application.Features.Enrollments.EnrollResident(registered.ResidentId, new Application.Features.Enrollments.EnrollmentInput()));
        }

        var file = Path.Combine(Path.GetTempPath(), $"paid-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, $"身份证号,姓名,缴费年度,缴费金额,缴费时间,缴费渠道,电子税票号,征收机关\r\n{idNumber},{name},2020,250.00,2019-11-10 09:00,微信,TX-0001,尤溪县税务局\r\n");
        var first = await RunAsync(database, "tax", "import-paid", "--tenant", "youxi", "--file", file);
        var second = await RunAsync(database, "tax", "import-paid", "--tenant", "youxi", "--file", file);
        File.Delete(file);

        Assert.True(first.ExitCode == 0, first.Error);
        using var one = System.Text.Json.JsonDocument.Parse(first.Out.Trim());
        using var two = System.Text.Json.JsonDocument.Parse(second.Out.Trim());
        Assert.Equal(
            ["recorded", "already-recorded", "amount-mismatch", "not-enrolled", "unknown-person", "duplicate-payment", "invalid-id", "wrong-year"],
            one.RootElement.GetProperty("outcomes").EnumerateObject().Select(o => o.Name));
        Assert.Equal(1, one.RootElement.GetProperty("outcomes").GetProperty("recorded").GetInt32());
        Assert.Equal(1, two.RootElement.GetProperty("outcomes").GetProperty("already-recorded").GetInt32());
        Assert.Equal(0, two.RootElement.GetProperty("outcomes").GetProperty("recorded").GetInt32());
        await using var check = database.Services.ScopeAs(youxi.Id, Application.Security.Roles.CountyStaff);
        Assert.Equal(1, await check.Db().Payments.CountAsync(p => p.Voucher == "TX-0001"));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Tax_export_due_writes_the_csv_or_xlsx_and_prints_rows_left_out_and_file(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateDemoAsync(provider);
        var youxi = await database.Services.TenantAsync("youxi");
        int awaiting;
        await using (var scope = database.Services.ScopeAs(youxi.Id, Application.Security.Roles.CountyStaff))
        {
            // The demo's residents of both townships who have no 2020 enrolment yet are enrolled, not paid.
            var db = scope.Db();
            var enrolled = await db.Enrollments.Where(e => e.Year == 2020).Select(e => e.ResidentId).ToListAsync();
            foreach (var r in await db.Residents.Where(r => !enrolled.Contains(r.Id) && r.Departure == null).ToListAsync())
            {
                db.Enrollments.Add(new Domain.Enrollments.Enrollment
                {
                    Id = Guid.CreateVersion7(), ResidentId = r.Id, HouseholdId = r.HouseholdId, TownshipId = r.TownshipId, Year = 2020,
                    ProfileId = "youxi-2020", Status = Domain.Enrollments.EnrollmentStatus.AwaitingPayment, EnrolledAt = DateTimeOffset.UtcNow,
                });
            }

            await db.SaveChangesAsync();
            awaiting = await db.Enrollments.CountAsync(e => e.Year == 2020 && e.Status == Domain.Enrollments.EnrollmentStatus.AwaitingPayment);
        }

        var directory = Directory.CreateTempSubdirectory("rmi-due-");
        try
        {
            var csv = Path.Combine(directory.FullName, "due.csv");
            var all = await RunAsync(database, "tax", "export-due", "--tenant", "youxi", "--date", "2019-12-20", "--out", csv);
            var xlsx = Path.Combine(directory.FullName, "due.xlsx");
            var one = await RunAsync(database, "tax", "export-due", "--tenant", "youxi", "--date", "2019-12-20", "--out", xlsx, "--township", "城关镇");
            var unknown = await RunAsync(database, "tax", "export-due", "--tenant", "youxi", "--date", "2019-12-20", "--out", csv, "--township", "饶峰镇");
            var badDate = await RunAsync(database, "tax", "export-due", "--tenant", "youxi", "--date", "20191220", "--out", csv);

            Assert.True(all.ExitCode == 0, all.Error);
            using var json = System.Text.Json.JsonDocument.Parse(all.Out.Trim());
            Assert.Equal(["rows", "left-out", "file"], json.RootElement.EnumerateObject().Select(p => p.Name));
            var rows = json.RootElement.GetProperty("rows").GetInt32();
            Assert.True(rows > 0, all.Out);
            Assert.Equal(awaiting, rows + json.RootElement.GetProperty("left-out").GetInt32());
            Assert.Equal(csv, json.RootElement.GetProperty("file").GetString());
            var layout = new Application.Abstractions.TableLayout([new("id", "身份证号", [], true), new("township", "乡镇", [], true), new("amount", "应缴金额", [], true)]);
            var reader = database.Services.Provider.GetRequiredService<Application.Abstractions.ITableFileReader>();
            await using (var content = File.OpenRead(csv))
            {
                var lines = await reader.ReadAsync(content, "due.csv", layout, CancellationToken.None).ToListAsync();
                Assert.Equal(rows, lines.Count);
                Assert.All(lines, l => Assert.Equal(18, l.Get("id").Length));
                Assert.All(lines, l => Assert.Matches(@"^\d+\.\d\d$", l.Get("amount")));
            }

            Assert.True(one.ExitCode == 0, one.Error);
            using var townshipJson = System.Text.Json.JsonDocument.Parse(one.Out.Trim());
            await using (var content = File.OpenRead(xlsx))
            {
                var lines = await reader.ReadAsync(content, "due.xlsx", layout, CancellationToken.None).ToListAsync();
                Assert.Equal(townshipJson.RootElement.GetProperty("rows").GetInt32(), lines.Count);
                Assert.InRange(lines.Count, 1, rows - 1);
                Assert.All(lines, l => Assert.Equal("城关镇", l.Get("township")));
            }

            Assert.Equal(1, unknown.ExitCode);
            Assert.Contains("本县没有乡镇“饶峰镇”", unknown.Error, StringComparison.Ordinal);
            Assert.Equal(1, badDate.ExitCode);
            Assert.Contains("yyyy-MM-dd", badDate.Error, StringComparison.Ordinal);
            Assert.Equal(["due.csv", "due.xlsx"], directory.GetFiles().Select(f => f.Name).Order());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async IAsyncEnumerable<IReadOnlyList<object?>> Rows(params string[][] rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }

    private static Task<CliResult> RunAsync(TestDatabase database, params string[] args) =>
        RunAsync(database, (IReadOnlyList<string>)args);

    private static async Task<CliResult> RunAsync(TestDatabase database, IReadOnlyList<string> args)
    {
        string[] full = [.. args, "--provider", database.Provider.ToString().ToLowerInvariant(), "--connection", database.ConnectionString];
        var exitCode = await CommandLine.RunAsync(full, Console(out var output, out var error), CancellationToken.None);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    private static CliConsole Console(out StringWriter output, out StringWriter error)
    {
        output = new StringWriter();
        error = new StringWriter();
        return new CliConsole(TextReader.Null, output, error);
    }

    private sealed record CliResult(int ExitCode, string Out, string Error);
}
