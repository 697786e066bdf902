using FluentValidation;

namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>The date of something that happened (退费事由, 死亡、迁出): not after today, not more than three years back.</summary>
public static class EventDateRules
{
    /// <param name="fieldKey">The Messages key of the field's name, read when the message is produced (the user's language).</param>
    public static IRuleBuilderOptions<T, DateOnly> HappenedRecently<T>(this IRuleBuilder<T, DateOnly> rule, IClock clock, string fieldKey) =>
        rule.Must(d => d <= clock.Today).WithMessage(_ => Messages.Format("EventDate_Future", Messages.Get(fieldKey)))
            .Must(d => d >= clock.Today.AddYears(-3)).WithMessage(_ => Messages.Format("EventDate_TooOld", Messages.Get(fieldKey)));
}
