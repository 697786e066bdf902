using FluentValidation;
using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>"All on this filter": the enrolments of every person of the filter who can be paid for on <paramref name="PaidOn"/>.</summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record SelectTownshipDue(Guid TownshipId, string? Filter, DateOnly PaidOn) : IQuery<TownshipDueSelection>;

/// <summary><paramref name="Skipped"/>: persons of the filter left out (nothing due, not payable that day); <paramref name="Message"/> says so, or null.</summary>
public sealed record TownshipDueSelection(IReadOnlyList<Guid> EnrollmentIds, int Skipped, string? Message);

public sealed class SelectTownshipDueValidator : AbstractValidator<SelectTownshipDue>
{
    public SelectTownshipDueValidator() =>
        RuleFor(x => x.Filter).DueFilter();
}

public sealed class SelectTownshipDueHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy)
    : IRequestHandler<SelectTownshipDue, TownshipDueSelection>
{
    public async Task<TownshipDueSelection> Handle(SelectTownshipDue request, CancellationToken cancellationToken)
    {
        var due = await TownshipSelection.DueAsync(db, user, policy, request.TownshipId, request.Filter, cancellationToken);
        var total = await due.CountAsync(cancellationToken);
        if (total > PaymentBatches.MaxPersons * 4)
        {
            throw new AppException(CollectionTexts.Format("Township_FilterTooMany", total, PaymentBatches.MaxPersons));
        }

        var members = await BatchMembers.QuoteAsync(db, policy, await due.ToListAsync(cancellationToken), request.PaidOn, cancellationToken);
        var payable = members.Where(m => m.Problem is null).Select(m => m.Enrollment.Id).ToList();
        if (payable.Count > PaymentBatches.MaxPersons)
        {
            throw new AppException(CollectionTexts.Format("Township_FilterTooMany", payable.Count, PaymentBatches.MaxPersons));
        }

        var skipped = members.Count - payable.Count;
        return new TownshipDueSelection(payable, skipped, skipped > 0 ? CollectionTexts.Format("Township_FilterSkipped", skipped) : null);
    }
}
