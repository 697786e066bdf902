using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Common;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Domain.Enrollments;

namespace ResidentMedicalInsurance.Application.Features.Enrollments;

/// <summary>参保登记 for the current insurance year under the tenant's current profile.</summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record EnrollResident(Guid ResidentId, EnrollmentInput Input) : ICommand<EnrollmentSaved>;

public sealed record EnrollmentSaved(Guid EnrollmentId, bool AlreadyEnrolled, string Message, PolicyQuote Quote);

public sealed class EnrollResidentValidator : AbstractValidator<EnrollResident>
{
    public EnrollResidentValidator(IClock clock)
    {
        RuleFor(x => x.ResidentId).NotEmpty().WithMessage("请先选择参保人。");
        RuleFor(x => x.Input).NotNull().SetValidator(new EnrollmentInputValidator(clock));
    }
}

public sealed class EnrollResidentHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy)
    : IRequestHandler<EnrollResident, EnrollmentSaved>
{
    public async Task<EnrollmentSaved> Handle(EnrollResident request, CancellationToken cancellationToken)
    {
        var resident = await EnrollmentContext.ResidentInScope(db, user, request.ResidentId, cancellationToken);
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var certifications = EnrollmentContext.Certifications(resident, request.Input, profile);
        var quote = policy.Quote(profile.Id, resident, certifications, request.Input.Circumstances, clock.Today);

        // An enrolment ended by an approved refund does not block a new one (ADR 0036).
        var existing = await db.Enrollments.AsNoTracking()
            .FirstOrDefaultAsync(e => e.ResidentId == resident.Id && e.Year == profile.Year && e.Status != EnrollmentStatus.Ended, cancellationToken);
        if (existing is not null)
        {
            return new EnrollmentSaved(existing.Id, true,
                $"{resident.Name} 已登记 {profile.Year} 年度参保（{Labels.Of(existing.Status)}），未重复登记。", quote);
        }

        if (!quote.Eligible)
        {
            throw new AppException($"{resident.Name} 不符合参保条件：{quote.IneligibleReason}。依据：{string.Join("；", quote.Basis)}");
        }

        var enrollment = NewEnrollment.From(resident, profile, quote, request.Input.Circumstances, clock, renewed: false);
        db.Enrollments.Add(enrollment);
        await EnrollmentContext.SaveCertifications(db, resident, certifications, cancellationToken);
        await SaveGuard.SaveAsync(db, $"{resident.Name} 的 {profile.Year} 年度参保刚刚已由他人登记，请刷新后查看。", cancellationToken);
        return new EnrollmentSaved(enrollment.Id, false, $"已登记 {resident.Name} {profile.Year} 年度参保，{quote.Summary}。", quote);
    }
}

internal static class NewEnrollment
{
    public static Enrollment From(
        Domain.Households.Resident resident, PolicyProfileView profile, PolicyQuote quote,
        EnrollmentCircumstances circumstances, IClock clock, bool renewed) => new()
    {
        Id = Guid.CreateVersion7(),
        ResidentId = resident.Id,
        HouseholdId = resident.HouseholdId,
        TownshipId = resident.TownshipId,
        Year = profile.Year,
        ProfileId = profile.Id,
        Status = EnrollmentStatus.AwaitingPayment,
        Circumstances = circumstances,
        // Null when a payment today would not be taken: the fee on the payment date is quoted then.
        StandardFeeFen = quote.StandardFeeFen,
        SubsidyFen = quote.SubsidyFen ?? (quote.StandardFeeFen is null ? null : 0),
        SubsidyCode = quote.SubsidyCode,
        AmountDueFen = quote.AmountDueFen,
        Basis = BasisText.Join(quote.Basis),
        EnrolledAt = clock.Now,
        Renewed = renewed,
    };
}
