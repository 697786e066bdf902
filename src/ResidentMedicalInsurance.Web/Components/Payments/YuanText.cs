using System.Globalization;

namespace ResidentMedicalInsurance.Web.Components.Payments;

/// <summary>Reads an amount typed in yuan ("260", "260.5", "260.00") as fen.</summary>
public static class YuanText
{
    public static long? ToFen(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)
            || !decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)
            || decimal.Round(yuan, 2) != yuan || yuan > 1_000_000m)
        {
            return null;
        }

        return (long)(yuan * 100m);
    }
}
