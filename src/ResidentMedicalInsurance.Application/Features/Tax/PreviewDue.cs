using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Tax;

/// <summary>
/// How many persons <see cref="ExportDue"/> would list on a date, and how many it would leave out and why; no
/// ID numbers, so a query. Quotes every enrolment awaiting payment (a few seconds for a whole county).
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record PreviewDue(DateOnly Date, Guid? TownshipId) : IQuery<DuePreview>;

public sealed record DuePreview(int Year, int Listed, int NotPayable, int OwesNothing, long AmountFen)
{
    public string AmountText => Display.Yuan(AmountFen);
}

public sealed class PreviewDueHandler(IAppDbContext db, IPolicyGateway policy) : IRequestHandler<PreviewDue, DuePreview>
{
    public async Task<DuePreview> Handle(PreviewDue request, CancellationToken cancellationToken)
    {
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var townships = await DueList.TownshipsAsync(db, request.TownshipId, cancellationToken);
        var counts = new DueCounts();
        var amount = 0L;
        await foreach (var line in DueList.ReadAsync(db, policy, profile.Year, request.Date, townships, counts, cancellationToken))
        {
            amount += line.AmountFen;
        }

        return new DuePreview(profile.Year, counts.Listed, counts.NotPayable, counts.OwesNothing, amount);
    }
}
