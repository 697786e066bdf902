using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Components;
using ResidentMedicalInsurance.Application.Features.Refunds;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Web.Components.Refunds;

namespace ResidentMedicalInsurance.Web.Tests;

/// <summary>An open tab whose user was locked, signed out elsewhere or changed password: its next action goes to the sign-in page.</summary>
public sealed class SessionTests : ComponentTest
{
    private static RefundQueueItem Item() => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "王小明", "320703********1234", "新坝镇",
        2021, "应征入伍", "2021年3月1日", "280.00 元", true, RefundStatus.Pending, "待审核",
        "clerk-lyg", "2021-03-02 10:15", null, null, []);

    [Fact]
    public void An_action_of_a_session_no_longer_valid_sends_nothing_and_goes_to_the_sign_in_page()
    {
        Session.Valid = false;
        var cut = Render<RefundDecision>(p => p.Add(x => x.Item, Item()));

        cut.Find("[data-testid=reject]").Click();

        Assert.Empty(Mediator.Sent);
        Assert.EndsWith("/account/login", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
        Assert.Contains("登录已失效", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void An_action_of_a_valid_session_is_sent()
    {
        Mediator.Respond<DecideRefund, RefundDecided>(r => new RefundDecided(r.RefundId, RefundStatus.Rejected, "已驳回", Domain.Enrollments.EnrollmentStatus.Paid, "退费已驳回。"));
        var cut = Render<RefundDecision>(p => p.Add(x => x.Item, Item()));

        cut.Find("[data-testid=reject]").Click();

        Assert.Single(Mediator.SentOf<DecideRefund>());
        Assert.DoesNotContain("/account/login", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }
}
