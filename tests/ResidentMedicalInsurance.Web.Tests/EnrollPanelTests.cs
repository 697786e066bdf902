using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Web.Components.Enrollments;

namespace ResidentMedicalInsurance.Web.Tests;

public sealed class EnrollPanelTests : ComponentTest
{
    private readonly IPolicyGateway policy;
    private readonly ClerkOptions options;
    private readonly MemberView head = Clerk.Member("张建国", relationship: Relationship.Head);
    private readonly MemberView spouse = Clerk.Member("李秀英", relationship: Relationship.Spouse);
    private readonly MemberView paidChild = Clerk.Member("张小宝", Clerk.Paid());
    private readonly MemberView endedChild = Clerk.Member("张小玲", Clerk.Ended());
    private readonly List<string> savedMessages = [];

    public EnrollPanelTests()
    {
        policy = Services.GetRequiredService<IPolicyGateway>();
        options = Clerk.Options(policy);
        Mediator.Respond<PreviewEnrollment, PolicyQuote>(Quote);
        Mediator.Respond<EnrollHousehold, HouseholdEnrollment>(r => new HouseholdEnrollment([], $"已为 {r.Members.Count(m => !m.Deferring)} 名成员办理参保登记。"));
    }

    /// <summary>A full-fee quote for anybody.</summary>
    private static PolicyQuote Quote(PreviewEnrollment r) => new()
    {
        ProfileId = "lianyungang-2020",
        QuotedFor = new DateOnly(2020, 11, 16),
        Eligible = true,
        Accepted = true,
        StandardFeeFen = 280_00,
        AmountDueFen = 280_00,
        BenefitStart = new DateOnly(2021, 1, 1),
        BenefitEnd = new DateOnly(2021, 12, 31),
        Basis = [$"预审 {r.ResidentId:N}"],
    };

    private IRenderedComponent<EnrollPanel> RenderPanel(params MemberView[] members) => Render<EnrollPanel>(p => p
        .Add(x => x.Household, Clerk.Household(members.Length == 0 ? [head, spouse, paidChild] : members))
        .Add(x => x.Options, options)
        .Add(x => x.OnSaved, (string m) => savedMessages.Add(m)));

    private static IElement MemberBlock(IRenderedComponent<EnrollPanel> cut, string name) =>
        cut.FindAll("[data-testid=enroll-member]").Single(e => e.GetAttribute("data-name") == name);

    private static IElement SaveButton(IRenderedComponent<EnrollPanel> cut) => cut.Find("[data-testid=enroll-save]");

    private static void Preview(IRenderedComponent<EnrollPanel> cut) => cut.Find("[data-testid=enroll-preview]").Click();

    [Fact]
    public void Enroll_panel_lists_only_members_not_enrolled_this_year_under_the_profile_title()
    {
        var cut = RenderPanel(head, spouse, paidChild, endedChild);

        var names = cut.FindAll("[data-testid=enroll-member]").Select(e => e.GetAttribute("data-name")).ToList();
        Assert.Equal(["张建国", "李秀英", "张小玲"], names);
        Assert.Equal($"以户办理参保登记 · {options.Profile.Title}", cut.Find("legend").TextContent);
        Assert.Contains("连政办传〔2019〕65号", cut.Find("legend").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Enroll_panel_says_everybody_is_enrolled_and_offers_no_buttons()
    {
        var cut = RenderPanel(paidChild);

        Assert.Equal("本户成员均已登记本年度参保。", cut.Find("[data-testid=enroll-none]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=enroll-preview]"));
        Assert.Empty(cut.FindAll("[data-testid=enroll-save]"));
    }

    [Fact]
    public void Enroll_panel_offers_the_profiles_circumstances_and_shows_certifications_without_a_way_to_pick_one()
    {
        var certified = head with { Certifications = ["最低生活保障对象（民政局认定，2019年11月1日；名单：民政局 2020 低保.xlsx）— 本年度资助按此计算"] };
        var cut = RenderPanel(certified, spouse);

        var block = MemberBlock(cut, "张建国");
        Assert.Equal("checkbox", block.QuerySelector("[data-testid=circ-migrantWorker]")!.GetAttribute("type"));
        Assert.Equal("date", block.QuerySelector("[data-testid=circ-employeeInsuranceEndedOn]")!.GetAttribute("type"));
        Assert.Empty(cut.FindAll("select[data-testid=enroll-category], [data-testid=enroll-certified-on]"));
        Assert.Contains("民政局 2020 低保.xlsx", Assert.Single(block.QuerySelectorAll("[data-testid=enroll-certification]")).TextContent, StringComparison.Ordinal);
        Assert.Contains("县医保局审核通过的部门名单", MemberBlock(cut, "李秀英").QuerySelector("[data-testid=enroll-certifications]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Enroll_panel_keeps_save_disabled_until_a_preview_succeeded()
    {
        var cut = RenderPanel();
        Assert.True(SaveButton(cut).HasAttribute("disabled"));

        Preview(cut);

        Assert.False(SaveButton(cut).HasAttribute("disabled"));
    }

    [Fact]
    public void After_a_successful_preview_the_cursor_is_on_confirm()
    {
        var cut = RenderPanel();
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier == "Blazor._internal.domWrapper.focus");

        Preview(cut);

        var focused = Assert.IsType<Microsoft.AspNetCore.Components.ElementReference>(JSInterop.VerifyFocusAsyncInvoke().Arguments[0]);
        var confirm = cut.FindComponents<Radzen.Blazor.RadzenButton>().Single(b => b.Instance.Attributes?.GetValueOrDefault("data-testid") as string == "enroll-save");
        Assert.Equal(confirm.Instance.Element.Id, focused.Id);
    }

    public static TheoryData<string> ChangesAfterPreview() => ["deferral", "unticked", "date"];

    [Theory]
    [MemberData(nameof(ChangesAfterPreview))]
    public void Enroll_panel_asks_for_a_new_preview_after_any_change_and_allows_saving_again_after_it(string change)
    {
        var cut = RenderPanel(head, spouse);
        Preview(cut);
        Assert.False(SaveButton(cut).HasAttribute("disabled"));

        var block = MemberBlock(cut, "李秀英");
        switch (change)
        {
            case "deferral": block.QuerySelector("[data-testid=enroll-defer]")!.Change(true); break;
            case "unticked": block.QuerySelector("[data-testid=enroll-select]")!.Change(false); break;
            default: block.QuerySelector("[data-testid=circ-employeeInsuranceEndedOn]")!.Input("2020-06-30"); break;
        }

        Assert.True(SaveButton(cut).HasAttribute("disabled"), $"save still enabled after the {change} changed");
        Preview(cut);
        Assert.False(SaveButton(cut).HasAttribute("disabled"));
    }

    [Fact]
    public void Enroll_panel_previews_each_selected_member_and_shows_their_quote()
    {
        var cut = RenderPanel();

        Preview(cut);

        var sent = Mediator.SentOf<PreviewEnrollment>();
        Assert.Equal([head.ResidentId, spouse.ResidentId], sent.Select(r => r.ResidentId));
        var quote = MemberBlock(cut, "李秀英").QuerySelector("[data-testid=quote]")!;
        Assert.Equal("280.00 元", quote.QuerySelector("[data-testid=quote-due]")!.TextContent);
        Assert.Equal($"预审 {spouse.ResidentId:N}", quote.QuerySelector("[data-testid=quote-basis] li")!.TextContent);
    }

    [Fact]
    public void Enroll_panel_sends_the_ticked_circumstances_and_typed_dates()
    {
        var cut = RenderPanel(head);
        var block = MemberBlock(cut, "张建国");

        block.QuerySelector("[data-testid=circ-migrantWorker]")!.Change(true);
        MemberBlock(cut, "张建国").QuerySelector("[data-testid=circ-employeeInsuranceEndedOn]")!.Input("2020-06-30");
        Preview(cut);

        var c = Assert.Single(Mediator.SentOf<PreviewEnrollment>()).Input.Circumstances;
        Assert.True(c.MigrantWorker);
        Assert.False(c.DischargedSoldier);
        Assert.Equal(new DateOnly(2020, 6, 30), c.EmployeeInsuranceEndedOn);
    }

    [Fact]
    public void Enroll_panel_refuses_a_circumstance_date_that_is_not_year_month_day()
    {
        var cut = RenderPanel(head);

        MemberBlock(cut, "张建国").QuerySelector("[data-testid=circ-employeeInsuranceEndedOn]")!.Input("30/06/2020");
        Preview(cut);

        Assert.Equal("特殊情形中的日期格式不正确，请按 年-月-日 填写。", cut.Find("[data-testid=enroll-error]").TextContent);
        Assert.Empty(Mediator.Sent);
    }

    [Fact]
    public void Enroll_panel_refuses_continuous_years_that_are_not_a_whole_number()
    {
        var haimen = Clerk.Options(policy, "haimen", "haimen-2020");
        var cut = Render<EnrollPanel>(p => p.Add(x => x.Household, Clerk.Household(head)).Add(x => x.Options, haimen));

        cut.Find("[data-testid=circ-continuousPriorYears]").Input("2.5");
        Preview(cut);

        Assert.Equal("number", cut.Find("[data-testid=circ-continuousPriorYears]").GetAttribute("type"));
        Assert.Equal("连续参保年数请填写 0 至 60 的整数。", cut.Find("[data-testid=enroll-error]").TextContent);
        Assert.Empty(Mediator.Sent);
    }

    [Fact]
    public void Enroll_panel_asks_for_at_least_one_member_when_none_is_ticked()
    {
        var cut = RenderPanel();

        MemberBlock(cut, "张建国").QuerySelector("[data-testid=enroll-select]")!.Change(false);
        MemberBlock(cut, "李秀英").QuerySelector("[data-testid=enroll-defer]")!.Change(true);
        Preview(cut);

        Assert.Equal("请至少勾选一名需要登记参保的成员。", cut.Find("[data-testid=enroll-error]").TextContent);
        Assert.Empty(Mediator.Sent);
        Assert.True(SaveButton(cut).HasAttribute("disabled"));
    }

    [Fact]
    public void Enroll_panel_saves_the_ticked_members_with_deferrals_and_reports_the_message()
    {
        var cut = RenderPanel();
        MemberBlock(cut, "李秀英").QuerySelector("[data-testid=enroll-defer]")!.Change(true);
        Preview(cut);
        Assert.Equal([head.ResidentId], Mediator.SentOf<PreviewEnrollment>().Select(r => r.ResidentId));
        Assert.Empty(MemberBlock(cut, "李秀英").QuerySelectorAll("[data-testid=quote]"));

        SaveButton(cut).Click();

        var command = Assert.Single(Mediator.SentOf<EnrollHousehold>());
        Assert.Equal(
            [(head.ResidentId, false), (spouse.ResidentId, true)],
            command.Members.Select(m => (m.ResidentId, m.Deferring)));
        Assert.Equal(["已为 1 名成员办理参保登记。"], savedMessages);
        Assert.True(SaveButton(cut).HasAttribute("disabled"));
    }

    [Fact]
    public void Enroll_panel_leaves_an_unticked_member_out_of_the_registration()
    {
        var cut = RenderPanel();
        MemberBlock(cut, "张建国").QuerySelector("[data-testid=enroll-select]")!.Change(false);
        Preview(cut);

        SaveButton(cut).Click();

        Assert.Equal([spouse.ResidentId], Assert.Single(Mediator.SentOf<EnrollHousehold>()).Members.Select(m => m.ResidentId));
    }

    [Fact]
    public void Enroll_panel_asks_for_a_new_preview_after_a_circumstance_changed()
    {
        var cut = RenderPanel(head);
        Preview(cut);
        Assert.False(SaveButton(cut).HasAttribute("disabled"));

        MemberBlock(cut, "张建国").QuerySelector("[data-testid=circ-dischargedSoldier]")!.Change(true);

        Assert.True(SaveButton(cut).HasAttribute("disabled"));
    }

    [Fact]
    public void Enroll_panel_shows_the_household_rule_refusal_and_reports_nothing_saved()
    {
        Mediator.Fail<EnrollHousehold>(new AppException("按连政办发〔2007〕149号 第二条，应以户为单位参保：李秀英 未登记。"));
        var cut = RenderPanel();
        MemberBlock(cut, "李秀英").QuerySelector("[data-testid=enroll-select]")!.Change(false);
        Preview(cut);

        SaveButton(cut).Click();

        Assert.Equal("按连政办发〔2007〕149号 第二条，应以户为单位参保：李秀英 未登记。", cut.Find("[data-testid=enroll-error]").TextContent);
        Assert.Empty(savedMessages);
        Assert.False(SaveButton(cut).HasAttribute("disabled"));
    }

    private IRenderedComponent<EnrollPanel> RenderYouxiPanel() => Render<EnrollPanel>(p => p
        .Add(x => x.Household, Clerk.Household([head, spouse]))
        .Add(x => x.Options, Clerk.Options(policy, "youxi", "youxi-2020"))
        .Add(x => x.OnSaved, (string m) => savedMessages.Add(m)));

    [Fact]
    public void Accident_insurance_ticked_at_enrolment_is_chosen_for_that_member_only_after_the_enrolment()
    {
        Mediator.Respond<Application.Features.Accident.ChooseAccidentInsurance, Application.Features.Accident.AccidentCoverSaved>(r =>
            new(Guid.NewGuid(), r.ResidentId, Domain.Supplementary.AccidentCoverStatus.Chosen, "已选择意外伤害补充保险。"));
        var cut = RenderYouxiPanel();
        MemberBlock(cut, "张建国").QuerySelector("[data-testid=enroll-accident]")!.Change(true);
        Preview(cut);

        SaveButton(cut).Click();

        Assert.Equal([typeof(EnrollHousehold), typeof(Application.Features.Accident.ChooseAccidentInsurance)],
            Mediator.Sent.Where(r => r is EnrollHousehold or Application.Features.Accident.ChooseAccidentInsurance).Select(r => r.GetType()));
        Assert.Equal(head.ResidentId, Assert.Single(Mediator.SentOf<Application.Features.Accident.ChooseAccidentInsurance>()).ResidentId);
        Assert.Equal("已为 2 名成员办理参保登记。 已选择意外伤害补充保险。", Assert.Single(savedMessages));
        Assert.Empty(cut.FindAll("[data-testid=enroll-error]"));
    }

    [Fact]
    public void A_refused_accident_choice_stays_in_view_after_the_enrolment_is_saved()
    {
        Mediator.Fail<Application.Features.Accident.ChooseAccidentInsurance>(new AppException("该成员本年度尚未参保，不能选择意外伤害补充保险。"));
        var cut = RenderYouxiPanel();
        MemberBlock(cut, "李秀英").QuerySelector("[data-testid=enroll-accident]")!.Change(true);
        Preview(cut);

        SaveButton(cut).Click();

        Assert.Equal("已为 2 名成员办理参保登记。", Assert.Single(savedMessages));
        Assert.Equal("李秀英：该成员本年度尚未参保，不能选择意外伤害补充保险。", cut.Find("[data-testid=enroll-error]").TextContent);
    }
}
