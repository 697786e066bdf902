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
        RuleFor(x => x.Circumstances).NotNull().WithMessage("请填写特殊情形。");
        RuleFor(x => x.Circumstances.ContinuousPriorYears).InclusiveBetween(0, 60)
            .WithMessage("连续参保年数应在 0 至 60 之间。");
        RuleFor(x => x.Circumstances.EmployeeInsuranceEndedOn)
            .Must(d => d is null || (d >= earliest && d <= clock.Today))
            .WithMessage("职工医保停保日期不能晚于今天，也不能早于 1990 年。");
        RuleFor(x => x.Circumstances.PovertyConfirmedOn)
            .Must(d => d is null || (d >= earliest && d <= clock.Today))
            .WithMessage("建档立卡认定日期不能晚于今天，也不能早于 1990 年。");
        RuleFor(x => x.Categories).NotNull().Must(c => c.Count <= 20).WithMessage("资助身份最多 20 项。");
        RuleForEach(x => x.Categories).ChildRules(c =>
        {
            c.RuleFor(x => x.Code).NotEmpty().WithMessage("请选择资助身份。")
                .MaximumLength(SubsidyCertification.CodeMaxLength).WithMessage("资助身份代码过长。");
            c.RuleFor(x => x.CertifiedOn).Must(d => d >= earliest && d <= clock.Today)
                .WithMessage("资助身份认定日期不能晚于今天，也不能早于 1990 年。");
        });
        RuleFor(x => x.Categories).Must(c => c is null || c.Select(x => x.Code).Distinct().Count() == c.Count)
            .WithMessage("同一资助身份只能填写一次。");
    }
}
