using FluentValidation;
using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>
/// 批量代缴试算: the persons of a township batch (ticked enrolments and pasted ID numbers) with what each must pay on
/// <paramref name="PaidOn"/>, the pasted numbers that cannot be on it with their reasons, and the sum. Saves nothing.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record PreviewTownshipBatch(Guid TownshipId, IReadOnlyList<Guid> EnrollmentIds, string? IdNumbers, DateOnly PaidOn) : IQuery<TownshipBatchPreview>;

/// <summary><paramref name="Persons"/> and <paramref name="SumFen"/> count the payable members only.</summary>
public sealed record TownshipBatchPreview(IReadOnlyList<BatchMemberLine> Members, IReadOnlyList<PastedProblem> Problems, int Persons, long SumFen, string SumText);

public sealed class PreviewTownshipBatchValidator : AbstractValidator<PreviewTownshipBatch>
{
    public PreviewTownshipBatchValidator()
    {
        RuleFor(x => x.EnrollmentIds.Count).LessThanOrEqualTo(PaymentBatches.MaxPersons)
            .WithMessage(_ => CollectionTexts.Format("Batch_TooMany", PaymentBatches.MaxPersons));
        RuleFor(x => x.IdNumbers).PastedIdNumbers();
    }
}

public sealed class PreviewTownshipBatchHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy)
    : IRequestHandler<PreviewTownshipBatch, TownshipBatchPreview>
{
    public async Task<TownshipBatchPreview> Handle(PreviewTownshipBatch request, CancellationToken cancellationToken)
    {
        var (_, _, enrollments, problems) = await TownshipSelection.ChosenAsync(
            db, user, clock, policy, request.TownshipId, request.EnrollmentIds, request.IdNumbers, false, cancellationToken);
        var members = (await BatchMembers.QuoteAsync(db, policy, enrollments, request.PaidOn, cancellationToken)).InListOrder();
        var payable = members.Where(m => m.Problem is null).ToList();
        var sum = payable.Sum(m => m.DueFen!.Value);
        return new TownshipBatchPreview(members.Select(m => m.Line()).ToList(), problems, payable.Count, sum, Display.Yuan(sum));
    }
}
