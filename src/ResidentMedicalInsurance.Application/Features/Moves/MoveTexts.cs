using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Moves;

/// <summary>Texts of 户籍变动 (Resources/Moves.resx, zh-CN, and Moves.en.resx).</summary>
public static class MoveTexts
{
    private static readonly ResourceTexts Resources = new("Moves");

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object?[] values) => Resources.Format(key, values);

    /// <summary>迁移, 拆户, 合户.</summary>
    public static string Kind(HouseholdMoveKind kind) => Get($"Kind_{kind}");

    /// <summary>A refusal shown beside the field <paramref name="property"/>.</summary>
    public static InputValidationException Beside(string property, string message) => new([message], [new FieldError(property, message)]);
}
