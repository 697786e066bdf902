using FluentValidation;
using ResidentMedicalInsurance.Domain.Enrollments;

namespace ResidentMedicalInsurance.Application.Features.Enrollments;

/// <summary>A subsidy category already certified by the responsible department, with its date.</summary>
public sealed record CategoryInput(string Code, DateOnly CertifiedOn);

/// <summary>Circumstances and certified categories as recorded on the enrolment form.</summary>
public sealed record EnrollmentInput
{
    public EnrollmentCircumstances Circumstances { get; init; } = new();
    public IReadOnlyList<CategoryInput> Categories { get; init; } = [];
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
        RuleFor(x => x.Categories).NotNull().Must(c => c.Count <= 20).WithMessage(_ => Messages.Get("EnrollmentInput_CategoriesTooMany"));
        RuleForEach(x => x.Categories).ChildRules(c =>
        {
            c.RuleFor(x => x.Code).NotEmpty().WithMessage(_ => Messages.Get("EnrollmentInput_CategoryMissing"))
                .MaximumLength(SubsidyCertification.CodeMaxLength).WithMessage(_ => Messages.Get("EnrollmentInput_CategoryCodeTooLong"));
            c.RuleFor(x => x.CertifiedOn).Must(d => d >= earliest && d <= clock.Today)
                .WithMessage(_ => Messages.Get("EnrollmentInput_CategoryDateInvalid"));
        });
        RuleFor(x => x.Categories).Must(c => c is null || c.Select(x => x.Code).Distinct().Count() == c.Count)
            .WithMessage(_ => Messages.Get("EnrollmentInput_CategoryRepeated"));
    }
}
