using FluentValidation;
using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>
/// 待缴费名单 of one township for a batch, one page at a time: searched by name, ID number (or its last digits),
/// village or household number; each person with what the policy asks on <paramref name="PaidOn"/> (ID numbers masked).
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record ListTownshipDue(Guid TownshipId, string? Filter, DateOnly PaidOn, int Skip = 0, int Take = 50) : IQuery<TownshipDueList>;

public sealed record TownshipDueList(IReadOnlyList<BatchMemberLine> Items, int Total);

public sealed class ListTownshipDueValidator : AbstractValidator<ListTownshipDue>
{
    public ListTownshipDueValidator()
    {
        RuleFor(x => x.Filter).MaximumLength(50).WithMessage(_ => Messages.Get("SearchResidents_TextTooLong"));
        RuleFor(x => x.Skip).GreaterThanOrEqualTo(0).WithMessage(_ => Messages.Get("SearchResidents_SkipInvalid"));
        RuleFor(x => x.Take).InclusiveBetween(1, 200).WithMessage(_ => Messages.Get("SearchResidents_TakeInvalid"));
    }
}

public sealed class ListTownshipDueHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy)
    : IRequestHandler<ListTownshipDue, TownshipDueList>
{
    public async Task<TownshipDueList> Handle(ListTownshipDue request, CancellationToken cancellationToken)
    {
        var township = await TownshipSelection.TownshipAsync(db, user, request.TownshipId, cancellationToken);
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var due = TownshipSelection.Due(db, township.Id, profile.Year, request.Filter);
        var total = await due.CountAsync(cancellationToken);
        var page = await due.Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        var members = await BatchMembers.QuoteAsync(db, policy, page, request.PaidOn, cancellationToken);
        return new TownshipDueList(members.Select(m => m.Line()).ToList(), total);
    }
}
