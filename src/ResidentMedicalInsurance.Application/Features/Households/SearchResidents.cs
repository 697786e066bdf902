using FluentValidation;

namespace ResidentMedicalInsurance.Application.Features.Households;

/// <summary>
/// 参保人查询 by ID number (full, or its last digits), name (part of it), household number or phone,
/// within the user's scope. ID numbers in the result are masked, next to the birth year only.
/// </summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record SearchResidents(string Text, Guid? TownshipId = null, int Skip = 0, int Take = 50)
    : IQuery<ResidentSearchResult>;

public sealed record ResidentSearchResult(IReadOnlyList<ResidentListItem> Items, int Total);

public sealed record ResidentListItem(
    Guid ResidentId, Guid HouseholdId, string Name, string MaskedIdNumber, string SexText, string BirthYearText,
    string HouseholdNumber, string TownshipName, string Village, string RelationshipText, string? Phone);

public sealed class SearchResidentsValidator : AbstractValidator<SearchResidents>
{
    public SearchResidentsValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage(_ => Messages.Get("SearchResidents_TextMissing"))
            .MaximumLength(50).WithMessage(_ => Messages.Get("SearchResidents_TextTooLong"));
        RuleFor(x => x.Skip).PageSkip();
        RuleFor(x => x.Take).PageTake();
    }
}

public sealed class SearchResidentsHandler(IAppDbContext db, ICurrentUser user)
    : IRequestHandler<SearchResidents, ResidentSearchResult>
{
    public async Task<ResidentSearchResult> Handle(SearchResidents request, CancellationToken cancellationToken)
    {
        var text = request.Text.Trim();
        var idText = text.ToUpperInvariant();
        var query =
            from r in db.Residents.AsNoTracking().InScope(user)
            join h in db.Households on r.HouseholdId equals h.Id
            join t in db.Townships on r.TownshipId equals t.Id
            where r.IdNumber == idText || (idText.Length >= 4 && r.IdNumber.EndsWith(idText))
                || r.Name.Contains(text) || h.Number == text || r.Phone == text
            select new { r, h.Number, h.Village, Township = t.Name };
        if (request.TownshipId is { } townshipId)
        {
            query = query.Where(x => x.r.TownshipId == townshipId);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(x => x.Number).ThenBy(x => x.r.Relationship).ThenBy(x => x.r.Name)
            .Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        var items = rows.Select(x => new ResidentListItem(
            x.r.Id, x.r.HouseholdId, x.r.Name, Display.MaskId(x.r.IdNumber), Labels.Of(x.r.Sex), Display.BirthYear(x.r.BirthDate),
            x.Number, x.Township, x.Village, Labels.Of(x.r.Relationship), x.r.Phone)).ToList();
        return new ResidentSearchResult(items, total);
    }
}
