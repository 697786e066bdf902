using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Rosters;
using RostersPage = ResidentMedicalInsurance.Web.Components.Pages.Rosters;

namespace ResidentMedicalInsurance.Web.Tests;

/// <summary>资助名单: the list polls once a second while a roster is imported.</summary>
public sealed class RostersPageTests : ComponentTest
{
    private int lists;

    public RostersPageTests()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var policy = Services.GetRequiredService<IPolicyGateway>();
        Mediator.Respond<GetClerkOptions, ClerkOptions>(_ => Clerk.Options(policy, "youxi", "youxi-2020"));
        Mediator.Respond<ListRosters, IReadOnlyList<RosterSummary>>(_ =>
        {
            Interlocked.Increment(ref lists);
            return [Running()];
        });
    }

    [Fact]
    public void A_refused_cancel_keeps_its_message_while_the_list_is_polled()
    {
        Mediator.Fail<CancelRosterImport>(new DomainException("该名单已导入完毕，不能取消。"));
        var cut = Render<RostersPage>();

        cut.Find("[data-testid=roster-cancel]").Click();
        cut.WaitForAssertion(() => Assert.Equal("该名单已导入完毕，不能取消。", cut.Find("[data-testid=rosters-error]").TextContent));
        var before = Volatile.Read(ref lists);
        cut.WaitForAssertion(() => Assert.True(Volatile.Read(ref lists) >= before + 2), TimeSpan.FromSeconds(5));

        Assert.Equal("该名单已导入完毕，不能取消。", cut.Find("[data-testid=rosters-error]").TextContent);
        Assert.Contains("1200 / 约 3000 行", cut.Find("[data-testid=roster-progress]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_queued_roster_shows_a_moving_bar_and_no_row_count_yet()
    {
        Mediator.Respond<ListRosters, IReadOnlyList<RosterSummary>>(_ => [Running() with { Status = RosterStatus.Queued, StatusText = "排队中", RowsDone = 0, RowsTotal = 0 }]);
        var cut = Render<RostersPage>();

        cut.WaitForAssertion(() => Assert.Equal("排队中", cut.Find("[data-testid=roster-status]").TextContent));
        Assert.NotEmpty(cut.FindAll("[role=progressbar]"));
        Assert.Empty(cut.FindAll("[data-testid=roster-progress]"));
    }

    private static RosterSummary Running() => new(
        Guid.NewGuid(), "残疾人联合会", 2020, RosterKind.Full, "全量名单", "残联名单.xlsx", RosterStatus.Matching, "比对中",
        1200, 3000, false, null, "王芳（尤溪县医保局）", "2019-11-18 09:05", null, "", null);
}
