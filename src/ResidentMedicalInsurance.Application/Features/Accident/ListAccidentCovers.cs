using FluentValidation;
using ResidentMedicalInsurance.Application.Features.Worklists;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Supplementary;

namespace ResidentMedicalInsurance.Application.Features.Accident;

/// <summary>
/// 意外伤害补充保险清单 for the insurer: the covers chosen and paid of the year per township and village with their totals,
/// one page of persons at a time (ID numbers masked). A clerk reads their own townships, county staff the whole county.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record ListAccidentCovers(Guid? TownshipId = null, string? Village = null, int Skip = 0, int Take = ListAccidentCovers.PageSize)
    : IQuery<AccidentCoverPage>
{
    public const int PageSize = 50;
}

public sealed record AccidentCoverPage(
    int Year, IReadOnlyList<AccidentCoverItem> Items, int Total, IReadOnlyList<AccidentVillageTotal> Villages)
{
    public int Chosen => Villages.Sum(v => v.Chosen);
    public int Paid => Villages.Sum(v => v.Paid);
    public long PaidFen => Villages.Sum(v => v.PaidFen);
    public string PaidText => Display.Yuan(PaidFen);
}

public sealed record AccidentCoverItem(
    Guid CoverId, Guid HouseholdId, string HouseholdNumber, string Township, string Village, string Name, string MaskedIdNumber,
    AccidentCoverStatus Status, string StatusText, string PremiumText, string? Voucher, string? PaidAtText);

public sealed class ListAccidentCoversValidator : AbstractValidator<ListAccidentCovers>
{
    public ListAccidentCoversValidator()
    {
        RuleFor(x => x.Village).MaximumLength(Household.VillageMaxLength)
            .WithMessage(_ => WorklistTexts.Format("Village_TooLong", Household.VillageMaxLength));
        RuleFor(x => x.Skip).PageSkip();
        RuleFor(x => x.Take).PageTake();
    }
}

public sealed class ListAccidentCoversHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy)
    : IRequestHandler<ListAccidentCovers, AccidentCoverPage>
{
    public async Task<AccidentCoverPage> Handle(ListAccidentCovers request, CancellationToken cancellationToken)
    {
        var scope = await AccidentListScope.LoadAsync(db, user, policy, request.TownshipId, request.Village, cancellationToken);
        var villages = await scope.TotalsAsync(db, cancellationToken);
        var total = villages.Sum(v => v.Chosen + v.Paid);
        var rows = total <= request.Skip ? [] : await scope.Rows(db).Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        return new AccidentCoverPage(scope.Year, rows.Select(Item).ToList(), total, villages);
    }

    private static AccidentCoverItem Item(AccidentRow r) => new(
        r.CoverId, r.HouseholdId, r.HouseholdNumber, r.Township, r.Village, r.Name, Display.MaskId(r.IdNumber),
        r.Status, AccidentTexts.Status(r.Status), Display.Yuan(r.PremiumFen), r.Voucher, r.PaidAt is { } at ? Display.Time(at) : null);
}
