using FluentValidation;

namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>The date of something that happened (退费事由, 死亡、迁出): not after today, not more than three years back.</summary>
public static class EventDateRules
{
    public static IRuleBuilderOptions<T, DateOnly> HappenedRecently<T>(this IRuleBuilder<T, DateOnly> rule, IClock clock, string field) =>
        rule.Must(d => d <= clock.Today).WithMessage($"{field}不能晚于今天。")
            .Must(d => d >= clock.Today.AddYears(-3)).WithMessage($"{field}早于三年前，请核对。");
}
