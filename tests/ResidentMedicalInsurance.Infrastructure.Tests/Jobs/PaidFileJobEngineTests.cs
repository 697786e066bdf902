using System.Text;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application;
using ResidentMedicalInsurance.Application.Features.Tax;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Domain.Tax;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Tenancy;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Infrastructure.Tests.Jobs;

/// <summary>
/// The real job engine on each provider (ADR 0056): a paid file the portal stopped while matching is matched when it
/// starts again, and one left 入账中 (a killed 入账 rolled back) is applied by a job queued at start-up.
/// </summary>
public sealed class PaidFileJobEngineTests
{
    private static readonly byte[] Paid = new UTF8Encoding(false).GetBytes(
        "身份证号,姓名,缴费年度,缴费金额,缴费时间,缴费渠道,电子税票号,征收机关\r\n350426196001010012,甲,2020,250,2019-11-10,银行,J1,\r\n12345,乙,2020,250,2019-11-10,银行,J2,\r\n");

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_paid_file_left_matching_and_then_one_left_applying_are_queued_again_at_start_up(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var inline = database.BuildServices(s => s.AddApplication());
        var staff = await YouxiStaff(inline.Provider);
        Guid fileId;
        await using (var scope = inline.ScopeAs(staff))
        {
            fileId = (await scope.Get<IMediator>().Send(new StagePaidFile { FileName = "paid.csv", Content = Paid })).FileId;
            await scope.Get<IMediator>().Send(new StartPaidImport(fileId));
        }

        Assert.Equal(PaidFileStatus.Ready, await RunPortalUntil(database, staff, fileId, PaidFileStatus.Reading));

        // 入账 asked for, then the portal stopped before its job ran (as after a kill: the transaction rolled back).
        await using (var scope = inline.ScopeAs(staff))
        {
            await scope.Get<IMediator>().Send(new QueuePaidFileApply(fileId));
        }

        Assert.Equal(PaidFileStatus.Applied, await RunPortalUntil(database, staff, fileId, PaidFileStatus.Applying));
        await using var check = inline.ScopeAs(staff);
        var file = await check.Db().PaidFiles.SingleAsync(f => f.Id == fileId);
        Assert.Equal(("county-youxi", 2), (file.AppliedBy, await check.Db().PaidRecords.CountAsync(r => r.FileId == fileId)));
    }

    private static async Task<PaidFileStatus> RunPortalUntil(TestDatabase database, System.Security.Claims.ClaimsPrincipal staff, Guid fileId, PaidFileStatus left)
    {
        using var portal = JobPortal.Build(database);
        await portal.StartAsync();
        try
        {
            for (var i = 0; i < 300; i++)
            {
                await using var scope = portal.Services.GetRequiredService<IServiceScopeFactory>().CreateScopeAs(staff);
                var status = await scope.Db().PaidFiles.Where(f => f.Id == fileId).Select(f => f.Status).SingleAsync();
                if (status is not (PaidFileStatus.Queued or PaidFileStatus.Reading or PaidFileStatus.Matching or PaidFileStatus.Applying))
                {
                    return status;
                }

                await Task.Delay(100);
            }

            throw new TimeoutException($"The paid file left {left} did not end within 30 s.");
        }
        finally
        {
            await portal.StopAsync();
        }
    }

    private static async Task<System.Security.Claims.ClaimsPrincipal> YouxiStaff(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.IgnoreQueryFilters().SingleAsync(t => t.Code == "youxi");
        return TestPrincipals.User(tenant.Id, Roles.CountyStaff, userName: "county-youxi");
    }
}
