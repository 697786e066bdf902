using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Progress;
using ResidentMedicalInsurance.Domain.Progress;
using ResidentMedicalInsurance.Web.Components.Pages;

namespace ResidentMedicalInsurance.Web.Tests;

/// <summary>乡镇参保任务数: the grid of number fields, the notice's plans read-only, messages beside rows, the import's wrong rows.</summary>
public sealed class PlansPageTests : ComponentTest
{
    private static readonly Guid Chengguan = Guid.NewGuid();
    private static readonly Guid Meixian = Guid.NewGuid();
    private static readonly Guid Xibin = Guid.NewGuid();
    private int lists;

    public PlansPageTests()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Mediator.Respond<TownshipPlanList, TownshipPlanSheet>(r =>
        {
            Interlocked.Increment(ref lists);
            return Sheet(r.Year ?? 2020);
        });
    }

    [Fact]
    public void The_notices_plan_is_text_the_others_are_fields_and_saving_sends_them_with_their_versions()
    {
        Mediator.Respond<SetTownshipPlans, PlansSaved>(_ => new PlansSaved(1, "已保存 2020 年度任务数：1 个乡镇有变动。"));
        var cut = Render<PlansPage>();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=plan-row]").Count));
        Assert.Equal("30224", cut.Find("[data-testid=plan-notice]").TextContent);
        var fields = cut.FindAll("[data-testid=plan-persons]");
        Assert.Equal(["20000", ""], fields.Select(f => f.GetAttribute("value") ?? ""));
        Assert.Equal("西滨镇的任务数（人）", fields[1].GetAttribute("aria-label"));
        Assert.Equal("50,224", cut.Find("[data-testid=plan-total]").TextContent);
        Assert.Contains("1 个乡镇尚未设置任务数", cut.Find("[data-testid=plan-missing]").TextContent, StringComparison.Ordinal);

        fields[1].Input("25000");
        Assert.Equal("75,224", cut.Find("[data-testid=plan-total]").TextContent);
        cut.Find("[data-testid=plan-grid]").Submit();

        cut.WaitForAssertion(() => Assert.Equal("已保存 2020 年度任务数：1 个乡镇有变动。", cut.Find("[data-testid=plan-grid-info]").TextContent));
        var sent = Assert.Single(Mediator.SentOf<SetTownshipPlans>());
        Assert.Equal(2020, sent.Year);
        Assert.Equal([new PlanInput(Meixian, 20000, 2), new PlanInput(Xibin, 25000, null)], sent.Rows);
        Assert.Equal(2, Volatile.Read(ref lists));
    }

    [Fact]
    public void A_wrong_number_and_the_servers_refusal_stand_beside_their_rows()
    {
        var cut = Render<PlansPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=plan-persons]").Count));

        cut.FindAll("[data-testid=plan-persons]")[1].Input("-5");
        cut.Find("[data-testid=plan-grid]").Submit();

        cut.WaitForAssertion(() => Assert.Contains("0 至 10,000,000", RowError(cut, 2), StringComparison.Ordinal));
        Assert.Empty(Mediator.Handled.OfType<SetTownshipPlans>());
        Assert.Empty(cut.FindAll("[data-testid=plan-row]")[1].QuerySelectorAll("[data-testid=plan-persons-error]"));

        const string Refusal = "梅仙镇的任务数在您打开页面后已被他人修改，请刷新页面查看后再保存。";
        Mediator.Fail<SetTownshipPlans>(new InputValidationException([Refusal], [new FieldError("Rows[0].Persons", Refusal)]));
        cut.FindAll("[data-testid=plan-persons]")[1].Input("5");
        cut.Find("[data-testid=plan-grid]").Submit();

        cut.WaitForAssertion(() => Assert.Equal(Refusal, RowError(cut, 1)));
        Assert.Empty(cut.FindAll("[data-testid=plan-row]")[2].QuerySelectorAll("[data-testid=plan-persons-error]"));
        Assert.Equal("请按各栏旁的提示修改后再保存。", cut.Find("[data-testid=plan-grid-error]").TextContent);
    }

    [Fact]
    public void A_file_with_wrong_rows_lists_them_and_the_plans_are_not_read_again()
    {
        Mediator.Respond<ImportTownshipPlans, PlanImportResult>(_ => new PlanImportResult(false, 3, 0,
        [
            new PlanFileProblem(3, "洋中镇", "本县没有名为“洋中镇”的乡镇，请按模板中的乡镇名称填写。"),
            new PlanFileProblem(4, "城关镇", "任务数“-3”是负数，请填写 0 或正整数。"),
        ], "文件中有 2 行有误，未导入任何任务数；请按下列行号修改后重新导入。"));
        var cut = Render<PlansPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=plan-file]")));
        Assert.Equal("plans/template.xlsx?year=2020", cut.Find("[data-testid=plan-template]").GetAttribute("href"));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary([1, 2, 3], "任务数.xlsx"));
        cut.Find("[data-testid=plan-upload]").Submit();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=plan-problem]").Count));
        var sent = Assert.Single(Mediator.SentOf<ImportTownshipPlans>());
        Assert.Equal((2020, "任务数.xlsx", 3), (sent.Year, sent.FileName, sent.Content.Length));
        Assert.StartsWith("3洋中镇", cut.FindAll("[data-testid=plan-problem]")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("2 行有误", cut.Find("[data-testid=plan-upload-error]").TextContent, StringComparison.Ordinal);
        Assert.Equal(1, Volatile.Read(ref lists));
    }

    [Fact]
    public void Choosing_another_year_reads_its_plans()
    {
        var cut = Render<PlansPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=plan-year]")));
        Assert.Equal(["2021 年度", "2020 年度（当前年度）", "2019 年度"], cut.FindAll("[data-testid=plan-year] option").Select(o => o.TextContent));

        cut.Find("[data-testid=plan-year]").Change("2021");

        cut.WaitForAssertion(() => Assert.Equal("2021 年度", cut.Find("#plan-grid-title").TextContent));
        Assert.Equal([null, 2021], Mediator.SentOf<TownshipPlanList>().Select(r => r.Year));
    }

    private static string RowError(IRenderedComponent<PlansPage> cut, int row) =>
        cut.FindAll("[data-testid=plan-row]")[row].QuerySelector("[data-testid=plan-persons-error]")?.TextContent ?? "";

    private static TownshipPlanSheet Sheet(int year) => new(year, 2020, [2021, 2020, 2019],
    [
        new(Chengguan, "城关镇", 30224, PlanSource.Notice, "来自通知", "—", "—", 0),
        new(Meixian, "梅仙镇", 20000, PlanSource.Entered, "主管领导录入", "supervisor-youxi", "2019-11-15 10:00", 2),
        new(Xibin, "西滨镇", null, null, "未设置", "—", "—", null),
    ]);
}
