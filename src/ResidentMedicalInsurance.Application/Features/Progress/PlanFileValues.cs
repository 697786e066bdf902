using System.Globalization;

namespace ResidentMedicalInsurance.Application.Features.Progress;

/// <summary>The cells of a plans file as offices type them: a township's name with stray spaces, a count with thousands separators or full-width digits.</summary>
internal static class PlanFileValues
{
    /// <summary>The name without spaces of any width (名称里的空格, “城关 镇”).</summary>
    public static string TownshipName(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Why the text is not a plan (none: <paramref name="persons"/> holds it): empty, not a whole number, negative, too large.</summary>
    public static string? Persons(string text, out int persons)
    {
        persons = 0;
        var plain = string.Concat(text.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));
        if (plain.Length == 0)
        {
            return PlanTexts.Get("Row_PersonsMissing");
        }

        if (!decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return PlanTexts.Format("Row_PersonsNotNumber", text);
        }

        if (value < 0)
        {
            return PlanTexts.Format("Row_PersonsNegative", text);
        }

        if (value != decimal.Truncate(value))
        {
            return PlanTexts.Format("Row_PersonsNotWhole", text);
        }

        if (value > PlanRules.MaxPersons)
        {
            return PlanTexts.Format("Row_PersonsTooLarge", text, PlanRules.MaxPersons);
        }

        persons = (int)value;
        return null;
    }
}
