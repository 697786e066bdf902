using MediatR;
using Microsoft.Extensions.Localization;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Notices;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Web.Resources;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>
/// 参保缴费进度通报 downloads (ADR 0064): the notice as xlsx, and as PDF where the deployment has Chromium. Plain GETs on
/// paths the router does not match; the requests' own pipeline checks role and tenant (another county's id is not found).
/// </summary>
internal static class NoticeDownloads
{
    public static void MapNoticeDownloads(this WebApplication app)
    {
        app.MapGet("/notices/{id:guid}/notice.xlsx", (Guid id, IMediator mediator, ITableFileWriter writer, HttpContext context) =>
            TableDownloads.Write(context, writer, mediator.Send(new ExportProgressNotice(id), context.RequestAborted)))
            .RequireAuthorization(p => p.RequireRole(Roles.Split(Roles.Oversight)));

        var pdf = NoticePdf.ChromiumPath(app.Configuration) is { } chromium
            ? new NoticePdf(chromium, app.Services.GetRequiredService<ILogger<NoticePdf>>())
            : null;
        app.MapGet("/notices/{id:guid}/notice.pdf", (Guid id, IMediator mediator, IStringLocalizer<NoticeResource> texts, HttpContext context) =>
            WritePdf(context, pdf, texts, id, mediator))
            .RequireAuthorization(p => p.RequireRole(Roles.Split(Roles.Oversight)));
    }

    private static async Task WritePdf(HttpContext context, NoticePdf? pdf, IStringLocalizer<NoticeResource> texts, Guid id, IMediator mediator)
    {
        if (pdf is null)
        {
            await Message(context, StatusCodes.Status503ServiceUnavailable, texts["Pdf_Unavailable"]);
            return;
        }

        ProgressNoticeView notice;
        try
        {
            notice = await mediator.Send(new GetProgressNotice(id), context.RequestAborted);
        }
        catch (NotFoundException ex)
        {
            await Message(context, StatusCodes.Status404NotFound, ex.Message);
            return;
        }

        var html = await NoticePdf.HtmlAsync(context.RequestServices, notice);
        if (await pdf.PrintAsync(html, context.RequestAborted) is not { } bytes)
        {
            await Message(context, StatusCodes.Status503ServiceUnavailable, texts["Pdf_Failed"]);
            return;
        }

        context.Response.ContentType = "application/pdf";
        context.Response.Headers.ContentDisposition = TableDownloads.Disposition("notice.pdf",
            Path.ChangeExtension(NoticeTexts.Chinese("Export_FileName", notice.TenantName, notice.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ".pdf"));
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static async Task Message(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(message, context.RequestAborted);
    }
}
