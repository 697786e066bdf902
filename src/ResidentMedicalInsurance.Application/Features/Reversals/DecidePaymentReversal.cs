using FluentValidation;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Features.Reversals;

/// <summary>A county staff decision on one reversal request (<see cref="ApprovePaymentReversal"/>, <see cref="RejectPaymentReversal"/>).</summary>
public interface IPaymentReversalDecision
{
    Guid ReversalId { get; }
    string? Note { get; }
}

public sealed record PaymentReversalDecided(Guid ReversalId, ReversalStatus Status, string StatusText, EnrollmentStatus EnrollmentStatus, string Message);

/// <summary>The request's id and the note (审核意见: up to 500 characters; a rejection's reason, which it needs).</summary>
public abstract class PaymentReversalDecisionValidator<T> : AbstractValidator<T>
    where T : IPaymentReversalDecision
{
    protected PaymentReversalDecisionValidator(bool noteRequired)
    {
        RuleFor(x => x.ReversalId).NotEmpty().WithMessage(_ => ReversalTexts.Get("Decision_RequestMissing"));
        RuleFor(x => x.Note).NotEmpty().When(_ => noteRequired).WithMessage(_ => ReversalTexts.Get("Decision_RejectionReasonMissing"));
        RuleFor(x => x.Note).Custom((note, ctx) =>
        {
            if (TextRules.TextProblem(note, Texts.Get("Field_DecisionNote"), PaymentReversal.ReasonMaxLength, required: false) is { } problem)
            {
                ctx.AddFailure(problem);
            }
        });
    }
}

internal static class PaymentReversalDecisions
{
    /// <summary>The request in the user's scope (county staff: the tenant), tracked, else "not found".</summary>
    public static async Task<PaymentReversal> LoadAsync(IAppDbContext db, ICurrentUser user, Guid reversalId, CancellationToken ct) =>
        (await db.PaymentReversals.InScope(user).FirstOrDefaultAsync(r => r.Id == reversalId, ct).ConfigureAwait(false)).Found();

    public static PaymentReversalDecided Result(PaymentReversal reversal, EnrollmentStatus enrollment, string message) =>
        new(reversal.Id, reversal.Status, ReversalTexts.Status(reversal.Status), enrollment, message);
}
