using FluentValidation;
using ResidentMedicalInsurance.Domain.Rosters;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>
/// A page of a roster's rows in file order, filtered by outcome, decision and a name or ID-number text. Paged on
/// the server (a roster has up to 100,000 rows); ID numbers masked.
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record ListRosterRows(
    Guid RosterId, RosterOutcome? Outcome = null, RowDecision? Decision = null, string? Text = null, int Skip = 0, int Take = 50)
    : IQuery<RosterRowPage>;

public sealed record RosterRowPage(IReadOnlyList<RosterRowItem> Items, int Total);

public sealed record RosterRowItem(
    Guid Id, int RowNumber, string Name, string MaskedIdNumber, string CategoryText, string? Department, string CertifiedOnText,
    string Township, string Village, string ActionText, RosterOutcome Outcome, string OutcomeText, string Reason,
    RowDecision Decision, string DecisionText, string? DecisionNote, Guid? HouseholdId);

public sealed class ListRosterRowsValidator : AbstractValidator<ListRosterRows>
{
    public ListRosterRowsValidator()
    {
        RuleFor(x => x.Text).MaximumLength(50).WithMessage(_ => RosterTexts.Get("Rows_TextTooLong"));
        RuleFor(x => x.Skip).GreaterThanOrEqualTo(0).WithMessage(_ => RosterTexts.Get("Rows_PageInvalid"));
        RuleFor(x => x.Take).InclusiveBetween(1, 500).WithMessage(_ => RosterTexts.Get("Rows_PageSize"));
    }
}

public sealed class ListRosterRowsHandler(IAppDbContext db) : IRequestHandler<ListRosterRows, RosterRowPage>
{
    public async Task<RosterRowPage> Handle(ListRosterRows request, CancellationToken cancellationToken)
    {
        _ = (await db.SubsidyRosters.AsNoTracking().FirstOrDefaultAsync(r => r.Id == request.RosterId, cancellationToken)).Found();
        var query = db.RosterRows.AsNoTracking().Where(r => r.RosterId == request.RosterId);
        if (request.Outcome is { } outcome)
        {
            query = query.Where(r => r.Outcome == outcome);
        }

        if (request.Decision is { } decision)
        {
            query = query.Where(r => r.Decision == decision);
        }

        if (request.Text?.Trim() is { Length: > 0 } text)
        {
            var id = text.ToUpperInvariant();
            query = query.Where(r => r.Name.Contains(text) || r.IdNumber == id);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(r => r.RowNumber).Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        return new RosterRowPage(rows.Select(Item).ToList(), total);
    }

    private static RosterRowItem Item(RosterRow r) => new(
        r.Id, r.RowNumber, r.Name, r.IdNumber is { } id ? Display.MaskId(id) : Display.MaskId(r.IdNumberText), r.CategoryText, r.Department,
        r.CertifiedOnText, r.Township, r.Village, RosterTexts.Get($"Action_{r.Action}"), r.Outcome, RosterTexts.Get($"Outcome_{r.Outcome}"),
        r.Reason, r.Decision, RosterTexts.Get($"Decision_{r.Decision}"), r.DecisionNote, r.HouseholdId);
}
