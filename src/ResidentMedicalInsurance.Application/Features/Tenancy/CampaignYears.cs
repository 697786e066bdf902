using System.Text.Json;
using FluentValidation;
using ResidentMedicalInsurance.Application.Auditing;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Auditing;

namespace ResidentMedicalInsurance.Application.Features.Tenancy;

/// <summary>
/// 政策年度: the tenant's current profile, the previous one held beside it, and the installed profiles of later years an
/// Admin may start (ADR 0072).
/// </summary>
[AuthorizeRoles(Roles.Admin)]
public sealed record GetCampaignYears : IQuery<CampaignYears>;

public sealed record CampaignYears(ProfileChoice Current, ProfileChoice? Previous, IReadOnlyList<ProfileChoice> Startable);

/// <summary>A profile as the Admin reads it: id, year and title; <paramref name="Installed"/> is false for a previous id the catalog lacks.</summary>
public sealed record ProfileChoice(string Id, int? Year, string Title, bool Installed = true);

/// <summary>
/// 开启新年度: a later installed profile of the tenant becomes current; the current one becomes the previous year's, whose
/// payers renewal reads. Audited with the ids before and after.
/// </summary>
[AuthorizeRoles(Roles.Admin)]
public sealed record StartCampaignYear(string ProfileId) : ICommand<CampaignYearStarted>;

public sealed record CampaignYearStarted(string CurrentProfileId, string PreviousProfileId, string Message);

public sealed class StartCampaignYearValidator : AbstractValidator<StartCampaignYear>
{
    public StartCampaignYearValidator() =>
        RuleFor(x => x.ProfileId).NotEmpty().WithMessage(_ => Messages.Get("CampaignYear_ProfileMissing")).MaximumLength(64);
}

public sealed class GetCampaignYearsHandler(IAppDbContext db, IPolicyGateway policy) : IRequestHandler<GetCampaignYears, CampaignYears>
{
    public async Task<CampaignYears> Handle(GetCampaignYears request, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(cancellationToken).ConfigureAwait(false);
        var current = policy.Profile(tenant.CurrentProfileId);
        var previous = tenant.PreviousProfileId is { } id
            ? policy.FindProfile(id) is { } p ? Choice(p) : new ProfileChoice(id, null, id, Installed: false)
            : null;
        var startable = policy.ProfilesOf(tenant.Code).Where(p => p.Year > current.Year).Select(Choice).ToList();
        return new CampaignYears(Choice(current), previous, startable);
    }

    internal static ProfileChoice Choice(PolicyProfileView profile) => new(profile.Id, profile.Year, profile.Title);
}

public sealed class StartCampaignYearHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy)
    : IRequestHandler<StartCampaignYear, CampaignYearStarted>
{
    public async Task<CampaignYearStarted> Handle(StartCampaignYear request, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.SingleAsync(cancellationToken).ConfigureAwait(false);
        var next = policy.ProfilesOf(tenant.Code).FirstOrDefault(p => p.Id == request.ProfileId)
            ?? throw new AppException(Messages.Format("CampaignYear_ProfileUnknown", request.ProfileId));
        var current = policy.Profile(tenant.CurrentProfileId);
        var before = new { tenant.CurrentProfileId, tenant.PreviousProfileId };
        tenant.StartYear(next.Id, next.Year, current.Year);
        AuditNote.Add(db, user, clock, nameof(StartCampaignYear), "Tenant", tenant.Id, AuditOperation.Modified,
            before: JsonSerializer.Serialize(before), after: JsonSerializer.Serialize(new { tenant.CurrentProfileId, tenant.PreviousProfileId }));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new CampaignYearStarted(tenant.CurrentProfileId, current.Id, Messages.Format("CampaignYear_Started", next.Title, current.Title));
    }
}
