using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Web.Components.Households;

namespace ResidentMedicalInsurance.Web.Tests;

/// <summary>The audited 显示: a reason first, and the full birth date of a member only once their number is shown.</summary>
public sealed class RevealIdTests : ComponentTest
{
    public RevealIdTests() => Mediator.Respond<RevealIdNumber, RevealedIdNumber>(
        r => new RevealedIdNumber(r.ResidentId, "320703201005011234", "2010年5月1日"));

    [Fact]
    public void Reveal_asks_for_a_reason_and_sends_nothing_before_it_is_confirmed()
    {
        var cut = Render<RevealId>(p => p.Add(x => x.ResidentId, Guid.NewGuid()).Add(x => x.Masked, "320703********1234"));

        cut.Find("[data-testid=reveal]").Click();

        Assert.Equal(["核对身份", "打印登记表", "办理退费", "其他"],
            cut.FindAll("[data-testid=reveal-purpose] option").Skip(1).Select(o => o.TextContent));
        Assert.Empty(Mediator.Sent);
        Assert.Equal("320703********1234", cut.Find("[data-testid=id-number]").TextContent);
    }

    [Fact]
    public void Reveal_without_a_reason_or_with_other_and_no_text_is_refused_with_the_message()
    {
        var cut = Render<RevealId>(p => p.Add(x => x.ResidentId, Guid.NewGuid()).Add(x => x.Masked, "320703********1234"));
        cut.Find("[data-testid=reveal]").Click();

        cut.Find("[data-testid=reveal-confirm]").Click();
        Assert.Contains("请选择查看事由。", cut.Find("[data-testid=reveal-error]").TextContent, StringComparison.Ordinal);

        cut.Find("[data-testid=reveal-purpose]").Change(nameof(RevealPurpose.Other));
        cut.Find("[data-testid=reveal-confirm]").Click();
        Assert.Contains("选择“其他”时请填写查看事由。", cut.Find("[data-testid=reveal-error]").TextContent, StringComparison.Ordinal);

        Assert.Empty(Mediator.Handled);
        Assert.Equal("320703********1234", cut.Find("[data-testid=id-number]").TextContent);
    }

    [Fact]
    public void Member_table_shows_the_birth_year_and_the_full_date_only_for_the_member_revealed()
    {
        var household = Clerk.Household(Clerk.Member("王小明"), Clerk.Member("王小红"));
        var cut = Render<MemberTable>(p => p.Add(x => x.Household, household));
        Assert.Equal(["2010年", "2010年"], cut.FindAll("[data-testid=member-birth]").Select(c => c.TextContent));

        cut.FindAll("[data-testid=reveal]")[0].Click();
        cut.Find("[data-testid=reveal-purpose]").Change(nameof(RevealPurpose.Other));
        cut.Find("[data-testid=reveal-note]").Input("核对户口簿");
        cut.Find("[data-testid=reveal-confirm]").Click();

        var sent = Assert.Single(Mediator.SentOf<RevealIdNumber>());
        Assert.Equal((household.Members[0].ResidentId, RevealPurpose.Other, "核对户口簿"), (sent.ResidentId, sent.Purpose, sent.Note));
        Assert.Equal(["2010年5月1日", "2010年"], cut.FindAll("[data-testid=member-birth]").Select(c => c.TextContent));
        Assert.Equal("320703201005011234", cut.FindAll("[data-testid=id-number]")[0].TextContent);
    }
}
