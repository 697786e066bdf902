namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>
/// Texts of household and township batch payments (Resources/Collection.resx, zh-CN, and Collection.en.resx);
/// the batch list's file texts in zh-CN whatever the user's language (it goes to the tax bureau and the township).
/// </summary>
public static class CollectionTexts
{
    private static readonly ResourceTexts Resources = new("Collection");

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object?[] values) => Resources.Format(key, values);

    public static string Chinese(string key, params object?[] values) => Resources.FormatChinese(key, values);
}
