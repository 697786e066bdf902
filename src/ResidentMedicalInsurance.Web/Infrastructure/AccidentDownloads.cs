using MediatR;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Accident;
using ResidentMedicalInsurance.Application.Security;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>
/// 意外伤害补充保险清单 as xlsx (ADR 0069): <c>/accident-insurance.xlsx?township=&lt;id&gt;&amp;village=…</c>, as the page filters
/// it. Masked ID numbers, so not audited; the query checks role and township.
/// </summary>
internal static class AccidentDownloads
{
    public static void MapAccidentDownloads(this WebApplication app) =>
        app.MapGet("/accident-insurance.xlsx", (string? township, string? village, IMediator mediator, ITableFileWriter writer, HttpContext context) =>
            TableDownloads.Write(context, writer, mediator.Send(
                new ExportAccidentCovers(Guid.TryParse(township, out var id) ? id : null, village), context.RequestAborted)))
            .RequireAuthorization(p => p.RequireRole(Roles.Split(Roles.Counter)));
}
