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
        RuleFor(x => x.Filter).DueFilter();
        RuleFor(x => x.Skip).PageSkip();
        RuleFor(x => x.Take).PageTake();
    }
}

public sealed class ListTownshipDueHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy)
    : IRequestHandler<ListTownshipDue, TownshipDueList>
{
    public async Task<TownshipDueList> Handle(ListTownshipDue request, CancellationToken cancellationToken)
    {
        var due = await TownshipSelection.DueAsync(db, user, policy, request.TownshipId, request.Filter, cancellationToken);
        var total = await due.CountAsync(cancellationToken);
        var page = await due.Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        var members = await BatchMembers.QuoteAsync(db, policy, page, request.PaidOn, cancellationToken);
        return new TownshipDueList(members.Select(m => m.Line()).ToList(), total);
    }
}
