namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>
/// The messages of validators and handlers (what is wrong and what to do; what was saved), in the user's
/// language: Resources/Messages.resx (zh-CN) and Messages.en.resx. Read when the message is produced, so
/// validators use the <c>WithMessage(x =&gt; ...)</c> overload.
/// </summary>
public static class Messages
{
    private static readonly ResourceTexts Resources = new("Messages");

    public static string Get(string key) => Resources.Get(key);

    public static string Format(string key, params object?[] values) => Resources.Format(key, values);
}
