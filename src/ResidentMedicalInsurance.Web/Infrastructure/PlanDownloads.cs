using MediatR;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Progress;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Security;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>
/// The township plans' template (任务数模板, ADR 0062): a plain GET the plans page links to, ?year=yyyy (default: the
/// current profile's year). A year out of range answers 400 with the reason; the request's pipeline checks role and tenant.
/// </summary>
internal static class PlanDownloads
{
    public static void MapPlanDownloads(this WebApplication app) =>
        app.MapGet("/plans/template.xlsx", async (int? year, IMediator mediator, ITableFileWriter writer, HttpContext context) =>
        {
            TableDownload download;
            try
            {
                download = await mediator.Send(new GetTownshipPlanTemplate(year), context.RequestAborted);
            }
            catch (InputValidationException ex)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(ex.Message, context.RequestAborted);
                return;
            }

            await TableDownloads.Write(context, writer, Task.FromResult(download));
        }).RequireAuthorization(p => p.RequireRole(Roles.Supervisor));
}
