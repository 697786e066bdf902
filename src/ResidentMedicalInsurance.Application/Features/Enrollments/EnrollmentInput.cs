using FluentValidation;
using ResidentMedicalInsurance.Domain.Enrollments;

namespace ResidentMedicalInsurance.Application.Features.Enrollments;

/// <summary>
/// Circumstances as recorded on the enrolment form. Subsidy categories are not typed here: they come only
/// from departments' rosters approved by county staff (Features/Rosters).
/// </summary>
public sealed record EnrollmentInput
{
    public EnrollmentCircumstances Circumstances { get; init; } = new();
}

public sealed class EnrollmentInputValidator : AbstractValidator<EnrollmentInput>
{
    public EnrollmentInputValidator(IClock clock)
    {
        var earliest = new DateOnly(1990, 1, 1);
        RuleFor(x => x.Circumstances).NotNull().WithMessage(_ => Messages.Get("EnrollmentInput_CircumstancesMissing"));
        RuleFor(x => x.Circumstances.ContinuousPriorYears).InclusiveBetween(0, 60)
            .WithMessage(_ => Messages.Get("EnrollmentInput_YearsInvalid"));
        RuleFor(x => x.Circumstances.EmployeeInsuranceEndedOn)
            .Must(d => d is null || (d >= earliest && d <= clock.Today))
            .WithMessage(_ => Messages.Get("EnrollmentInput_EmployeeInsuranceEndInvalid"));
        RuleFor(x => x.Circumstances.PovertyConfirmedOn)
            .Must(d => d is null || (d >= earliest && d <= clock.Today))
            .WithMessage(_ => Messages.Get("EnrollmentInput_PovertyDateInvalid"));
        RuleFor(x => x.Circumstances.FirstPaidElsewhereOn)
            .Must(d => d is null || (d >= earliest && d <= clock.Today))
            .WithMessage(_ => Messages.Get("EnrollmentInput_FirstPaidElsewhereInvalid"));
    }
}
