using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ResidentMedicalInsurance.Application.Features.Notices;
using ResidentMedicalInsurance.Web.Components.Print;
using ResidentMedicalInsurance.Web.Infrastructure;
using UglyToad.PdfPig;

namespace ResidentMedicalInsurance.Web.Tests;

/// <summary>The progress notice's document (view, print page, PDF) and its PDF through Chromium where the machine has one.</summary>
public sealed class NoticeDocumentTests : ComponentTest
{
    private static readonly ProgressNoticeView Notice = new(
        Guid.CreateVersion7(), "尤溪县", 2020, new DateOnly(2019, 12, 31), "2019年12月31日",
        "2020年度城乡居民基本医疗保险参保缴费进度通报（截至2019年12月31日）",
        new NoticeLines(
            [new NoticeLine(1, "梅仙镇", 4, 5, 4, 3, 0.75), new NoticeLine(2, "城关镇", 10, 9, 8, 4, 0.4), new NoticeLine(3, "台溪乡", 0, 1, 0, 0, 0)],
            new NoticeTotal(14, 15, 12, 7, 0.5)),
        new DateTimeOffset(2020, 1, 2, 9, 0, 0, TimeSpan.FromHours(8)), "2020-01-02 09:00", "王主任");

    [Fact]
    public void The_document_shows_the_ranked_lines_as_issued_and_the_total()
    {
        var document = Render<NoticeDocument>(p => p.Add(d => d.Notice, Notice));

        Assert.Equal(Notice.Title, document.Find("[data-testid=notice-title]").TextContent);
        var lines = document.FindAll("[data-testid=notice-line]");
        Assert.Equal(["梅仙镇", "城关镇", "台溪乡"], lines.Select(l => l.GetAttribute("data-township")));
        Assert.Equal(["75.00%", "40.00%", "0.00%"], document.FindAll("[data-testid=notice-rate]").Select(r => r.TextContent));
        Assert.Contains("未下达任务", lines[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("50.00%", document.Find("[data-testid=notice-total]").TextContent, StringComparison.Ordinal);
        Assert.Contains("尤溪县医疗保障局", document.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_Chromium_configured_there_is_no_PDF()
    {
        var none = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [NoticePdf.ConfigKey] = "/nonexistent/chromium" }).Build();

        Assert.False(NoticePdf.IsAvailable(none));
    }

    [ChromiumFact]
    public async Task The_PDF_printed_by_Chromium_is_a_PDF_with_the_townships()
    {
        var chromium = ChromiumFactAttribute.Path!;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("zh-CN");
        await using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var html = await NoticePdf.HtmlAsync(services, Notice);
        var bytes = await new NoticePdf(chromium, NullLogger<NoticePdf>.Instance).PrintAsync(html, CancellationToken.None);

        Assert.NotNull(bytes);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains("梅仙镇", text, StringComparison.Ordinal);
        Assert.Contains("城关镇", text, StringComparison.Ordinal);
        Assert.Contains("75.00%", text, StringComparison.Ordinal);
    }
}
