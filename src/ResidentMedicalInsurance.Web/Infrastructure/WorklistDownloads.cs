using MediatR;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Worklists;
using ResidentMedicalInsurance.Application.Security;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>
/// The clerk's worklists as xlsx (ADR 0063): <c>/worklists/{awaiting|renewed|certified|today}.xlsx?township=&lt;id&gt;&amp;village=…</c>,
/// the whole list as the 工作台 filters it. Masked ID numbers, so not audited; the query checks role and township.
/// </summary>
internal static class WorklistDownloads
{
    public static void MapWorklistDownloads(this WebApplication app)
    {
        app.MapGet("/worklists/{kind}.xlsx", async (string kind, Guid? township, string? village, IMediator mediator, ITableFileWriter writer, HttpContext context) =>
        {
            if (!WorklistKinds.TryParse(kind, out var list))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                await context.Response.WriteAsync(WorklistTexts.Get("Kind_Unknown"), context.RequestAborted);
                return;
            }

            await TableDownloads.Write(context, writer, mediator.Send(new ExportWorklist(list, township, village), context.RequestAborted));
        }).RequireAuthorization(p => p.RequireRole(Roles.Split(Roles.ResidentReaders)));
    }
}
