using System.Globalization;
using System.Resources;

namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>
/// The messages of validators and handlers (what is wrong and what to do; what was saved), in the user's
/// language: Resources/Messages.resx (zh-CN) and Messages.en.resx. Read when the message is produced, so
/// validators use the <c>WithMessage(x =&gt; ...)</c> overload.
/// </summary>
public static class Messages
{
    private static readonly ResourceManager Resources = new("ResidentMedicalInsurance.Application.Resources.Messages", typeof(Messages).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No message {key} in Resources/Messages.resx.");

    public static string Format(string key, params object?[] values) => string.Format(CultureInfo.CurrentCulture, Get(key), values);
}
