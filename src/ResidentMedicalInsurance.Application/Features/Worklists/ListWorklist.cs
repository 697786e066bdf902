using FluentValidation;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Worklists;

/// <summary>
/// One page of a clerk's worklist (工作台: 待缴费, 续保未缴, 已认定未参保, 今日缴费) in their townships, or the one township
/// asked for, and in one village when given; with the list's length and, for today's payments, their amount. ID
/// numbers are masked; each row names its household for the link. County staff and supervisors read the same lists for
/// the whole county (the dashboard's drill-down to a village's unpaid persons).
/// </summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record ListWorklist(WorklistKind Kind, Guid? TownshipId = null, string? Village = null, int Skip = 0, int Take = ListWorklist.PageSize)
    : IQuery<WorklistPage>
{
    public const int PageSize = 50;
}

public sealed record WorklistPage(WorklistKind Kind, int Year, DateOnly Today, IReadOnlyList<WorklistItem> Items, int Total, long AmountFen)
{
    public string AmountText => Display.Yuan(AmountFen);
}

/// <summary>A person of a worklist; <paramref name="AmountText"/> is what is due (or was paid today), <paramref name="Note"/> the list's detail.</summary>
public sealed record WorklistItem(
    Guid HouseholdId, string HouseholdNumber, string Township, string Village, Guid ResidentId, string Name, string MaskedIdNumber,
    long? AmountFen, string AmountText, string Note);

public sealed class ListWorklistValidator : AbstractValidator<ListWorklist>
{
    public ListWorklistValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessage(_ => WorklistTexts.Get("Kind_Unknown"));
        RuleFor(x => x.Village).Village();
        RuleFor(x => x.Skip).PageSkip();
        RuleFor(x => x.Take).PageTake();
    }
}

/// <summary>The village filter: at most as long as a household's village.</summary>
internal static class WorklistRules
{
    public static IRuleBuilderOptions<T, string?> Village<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Household.VillageMaxLength).WithMessage(_ => WorklistTexts.Format("Village_TooLong", Household.VillageMaxLength));
}

public sealed class ListWorklistHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy, IClock clock)
    : IRequestHandler<ListWorklist, WorklistPage>
{
    public async Task<WorklistPage> Handle(ListWorklist request, CancellationToken cancellationToken)
    {
        var scope = await WorklistScope.LoadAsync(db, user, policy, clock, request.TownshipId, request.Village, cancellationToken).ConfigureAwait(false);
        var (total, amount) = await WorklistRows.CountAsync(db, scope, request.Kind, cancellationToken).ConfigureAwait(false);
        var rows = total <= request.Skip ? [] : await WorklistRows.Ordered(db, scope, request.Kind)
            .Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new WorklistPage(request.Kind, scope.Year, scope.Today, rows.Select(r => WorklistRows.Item(r, scope, request.Kind)).ToList(), total, amount);
    }
}
