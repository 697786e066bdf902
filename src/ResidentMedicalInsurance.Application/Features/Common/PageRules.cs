using FluentValidation;

namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>The paging of a server-paged list (residents, refunds, a township's 待缴费 list): skip at least 0, take 1 to 200.</summary>
public static class PageRules
{
    public const int MaxTake = 200;

    public static IRuleBuilderOptions<T, int> PageSkip<T>(this IRuleBuilder<T, int> rule) =>
        rule.GreaterThanOrEqualTo(0).WithMessage(_ => Messages.Get("SearchResidents_SkipInvalid"));

    public static IRuleBuilderOptions<T, int> PageTake<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, MaxTake).WithMessage(_ => Messages.Get("SearchResidents_TakeInvalid"));
}
