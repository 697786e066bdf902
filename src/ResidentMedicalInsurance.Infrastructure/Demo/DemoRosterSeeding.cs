using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Rosters;
using ResidentMedicalInsurance.Domain.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Jobs;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Tenancy;

namespace ResidentMedicalInsurance.Infrastructure.Demo;

/// <summary>
/// One county's <see cref="DemoRosters"/> through the real path, signed in as the county's demo staff member:
/// an xlsx staged (<see cref="StageRoster"/>), imported here (<see cref="RosterImport"/>, no job queued) and its
/// matched rows approved (<see cref="ApproveRosterRows"/>). A roster already on record (by file name) is taken
/// up where it stopped; a reviewed one is left alone.
/// </summary>
internal static class DemoRosterSeeding
{
    /// <summary>Returns 1 when the county's roster was uploaded now, else 0.</summary>
    public static async Task<int> SeedAsync(IServiceScopeFactory scopes, Tenant tenant, IReadOnlyList<Township> townships, CancellationToken ct)
    {
        if (!DemoRosters.ByTenant.TryGetValue(tenant.Code, out var demo))
        {
            return 0;
        }

        var staffName = DemoUsers.UserName(tenant.Code, DemoUsers.PerCounty.Single(u => u.Role == Roles.CountyStaff));
        string staffId;
        await using (var lookup = scopes.CreateSystemScope(tenant.Id))
        {
            var staff = await lookup.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(staffName).ConfigureAwait(false);
            if (staff is null)
            {
                return 0;
            }

            staffId = staff.Id;
        }

        await using var scope = scopes.CreateScopeAs(CurrentUser.JobPrincipal(tenant.Id, staffId, staffName));
        var services = scope.ServiceProvider;
        services.GetRequiredService<InlineImportJobs>().RunByCaller = true;
        var mediator = services.GetRequiredService<IMediator>();
        var policy = services.GetRequiredService<IPolicyGateway>();
        var profile = policy.Profile(tenant.CurrentProfileId);
        var fileName = demo.FileName(profile.Year);
        var existing = await services.GetRequiredService<AppDbContext>().SubsidyRosters.AsNoTracking()
            .Where(r => r.FileName == fileName && r.Year == profile.Year)
            .Select(r => new { r.Id, r.Status }).FirstOrDefaultAsync(ct).ConfigureAwait(false);

        var id = existing?.Id;
        var status = existing?.Status ?? RosterStatus.Queued;
        if (id is null)
        {
            var content = await ContentAsync(services.GetRequiredService<ITableFileWriter>(), demo, tenant.Code, policy.Categories(profile.Id), townships, ct).ConfigureAwait(false);
            id = (await mediator.Send(new StageRoster { Department = demo.Department, Year = profile.Year, FileName = fileName, Content = content }, ct).ConfigureAwait(false)).RosterId;
        }

        if (status is RosterStatus.Queued or RosterStatus.Reading or RosterStatus.Matching)
        {
            status = await services.GetRequiredService<RosterImport>().RunAsync(id.Value, ct).ConfigureAwait(false) ?? status;
        }

        if (status == RosterStatus.Ready)
        {
            await mediator.Send(new ApproveRosterRows(id.Value), ct).ConfigureAwait(false);
        }

        return existing is null ? 1 : 0;
    }

    /// <summary>The roster as a department sends it: the template's columns, the category by its name.</summary>
    private static async Task<byte[]> ContentAsync(
        ITableFileWriter writer, DemoRoster demo, string tenantCode, IReadOnlyList<Policies.CategoryRule> categories,
        IReadOnlyList<Township> townships, CancellationToken ct)
    {
        var households = DemoHouseholds.ByTenant[tenantCode];
        var rows = demo.Rows.Select(c =>
        {
            var household = households.Single(h => h.Number == c.Household);
            var person = household.Members.Single(m => m.Name == c.Name);
            var category = categories.Single(r => r.Code == c.Category);
            var township = household.Township < townships.Count ? townships[household.Township].Name : "";
            return (IReadOnlyList<object?>)
            [
                person.Name, DemoHouseholds.IdNumber(household.Region, person), category.Name, demo.Department, c.CertifiedOn,
                township, household.Village, null, "新增",
            ];
        }).ToList();
        using var file = new MemoryStream();
        await writer.WriteXlsxAsync(file, "资助名单", RosterLayout.TemplateHeaders, rows.ToAsyncEnumerable(), ct).ConfigureAwait(false);
        return file.ToArray();
    }
}
