using FluentValidation;
using ResidentMedicalInsurance.Application.Features.Common;

namespace ResidentMedicalInsurance.Web.Components.Shared;

/// <summary>
/// The request's own FluentValidation messages (in the user's language) by field, to show beside each field before the
/// request is sent; the pipeline validates the same request again on the server.
/// </summary>
public sealed class FieldProblems
{
    private readonly Dictionary<string, string> byField;

    private FieldProblems(Dictionary<string, string> byField) => this.byField = byField;

    public static FieldProblems None { get; } = new([]);

    public bool Any => byField.Count > 0;

    public string? this[string field] => byField.GetValueOrDefault(field);

    public static async Task<FieldProblems> CheckAsync<T>(IValidator<T> validator, T request)
    {
        var result = await validator.ValidateAsync(request);
        return new FieldProblems(result.Errors
            .GroupBy(e => e.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(Messages.Get("Common_ListSeparator"), g.Select(e => e.ErrorMessage).Distinct()), StringComparer.Ordinal));
    }
}
