using MediatR;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Features.Reconciliation;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Features.Tax;
using ResidentMedicalInsurance.Application.Security;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>
/// xlsx downloads (the roster template, a roster's feedback list, the department payment list, the reimbursements, the fund
/// statement, a batch payment list) and the
/// tax bureau's due list as xlsx or csv: plain GETs a link can open, written
/// straight to the response as the rows are read. The request's own pipeline checks role and tenant.
/// </summary>
internal static class TableDownloads
{
    public static void MapTableDownloads(this WebApplication app)
    {
        app.MapGet("/rosters/template.xlsx", (IMediator mediator, ITableFileWriter writer, HttpContext context) =>
            Write(context, writer, mediator.Send(new GetRosterTemplate(), context.RequestAborted)))
            .RequireAuthorization(p => p.RequireRole(Roles.Split(Roles.Bureau)));
        app.MapGet("/rosters/{id:guid}/feedback.xlsx", (Guid id, IMediator mediator, ITableFileWriter writer, HttpContext context) =>
            Write(context, writer, mediator.Send(new GetRosterFeedback(id), context.RequestAborted)))
            .RequireAuthorization(p => p.RequireRole(Roles.Split(Roles.Bureau)));

        // Full ID numbers: the commands audit each export like a reveal.
        app.MapGet("/rosters/department-payments.xlsx", (string department, IMediator mediator, ITableFileWriter writer, HttpContext context) =>
            Write(context, writer, mediator.Send(new ExportDepartmentPayments(department), context.RequestAborted)))
            .RequireAuthorization(p => p.RequireRole(Roles.Split(Roles.Bureau)));
        app.MapGet("/rosters/reimbursements.xlsx", (IMediator mediator, ITableFileWriter writer, HttpContext context) =>
            Write(context, writer, mediator.Send(new ExportReimbursements(), context.RequestAborted)))
            .RequireAuthorization(p => p.RequireRole(Roles.Split(Roles.Bureau)));

        // 批量代缴清单 (ADR 0058): masked ID numbers, so not audited; the query checks the batch's township.
        app.MapGet("/payments/batches/{id:guid}.xlsx", (Guid id, IMediator mediator, ITableFileWriter writer, HttpContext context) =>
            Write(context, writer, mediator.Send(new ExportBatchList(id), context.RequestAborted)))
            .RequireAuthorization(p => p.RequireRole(Roles.Split(Roles.ResidentReaders)));

        // 应缴费信息 (ADR 0054): ?date=yyyy-MM-dd (default today) &township=<id> (default the whole county).
        app.MapGet("/tax/due.xlsx", (DateOnly? date, Guid? township, IMediator mediator, IClock clock, ITableFileWriter writer, HttpContext context) =>
            Write(context, writer, Due(mediator, new ExportDue(date ?? clock.Today, township, DueFileFormat.Xlsx), context)))
            .RequireAuthorization(p => p.RequireRole(Roles.Split(Roles.Bureau)));
        app.MapGet("/tax/due.csv", (DateOnly? date, Guid? township, IMediator mediator, IClock clock, ITableFileWriter writer, HttpContext context) =>
            WriteCsv(context, writer, Due(mediator, new ExportDue(date ?? clock.Today, township, DueFileFormat.Csv), context)))
            .RequireAuthorization(p => p.RequireRole(Roles.Split(Roles.Bureau)));

        // 对账单 (ADR 0057): the period by its first day, yyyy-MM-dd.
        app.MapGet("/reconciliation/{period}/statement.xlsx", (DateOnly period, IMediator mediator, ITableFileWriter writer, HttpContext context) =>
            Write(context, writer, mediator.Send(new ExportFundStatement(period), context.RequestAborted)))
            .RequireAuthorization(p => p.RequireRole(Roles.Split(Roles.Oversight)));
    }

    private static async Task<TableDownload> Due(IMediator mediator, ExportDue request, HttpContext context) =>
        (await mediator.Send(request, context.RequestAborted)).Download;

    private static async Task WriteCsv(HttpContext context, ITableFileWriter writer, Task<TableDownload> query)
    {
        TableDownload download;
        try
        {
            download = await query;
        }
        catch (NotFoundException ex)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync(ex.Message, context.RequestAborted);
            return;
        }

        // Text, streamed as it is written (no length known in advance).
        context.Response.ContentType = "text/csv; charset=GB18030";
        context.Response.Headers.ContentDisposition = Disposition("download.csv", download.FileName);
        await writer.WriteCsvAsync(context.Response.Body, download.Headers, download.Rows, context.RequestAborted);
    }

    private static string Disposition(string fallback, string fileName) =>
        new System.Net.Mime.ContentDisposition { FileName = fallback }.ToString() + "; filename*=UTF-8''" + Uri.EscapeDataString(fileName);

    internal static async Task Write(HttpContext context, ITableFileWriter writer, Task<TableDownload> query)
    {
        TableDownload download;
        try
        {
            download = await query;
        }
        catch (NotFoundException ex)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync(ex.Message, context.RequestAborted);
            return;
        }

        context.Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        context.Response.Headers.ContentDisposition = Disposition("download.xlsx", download.FileName);

        // The workbook is a zip written with synchronous calls: build it in a temporary file, then stream it.
        await using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await writer.WriteXlsxAsync(file, download.Sheet, download.Headers, download.Rows, context.RequestAborted);
        file.Position = 0;
        context.Response.ContentLength = file.Length;
        await file.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
