namespace ResidentMedicalInsurance.Web.Infrastructure.Security;

/// <summary>
/// How often sign-in may be tried (configuration section <c>SignIn</c>). Refused attempts never
/// reach the password check, so they do not count towards an account's lock-out: guessing the
/// <c>&lt;county&gt;-&lt;role&gt;</c> names from one address cannot lock every account.
/// </summary>
public sealed class SignInLimits
{
    public const string Section = "SignIn";

    /// <summary>Sign-in posts per client address per minute.</summary>
    public int PerAddressPerMinute { get; set; } = 20;

    /// <summary>Sign-in attempts per user name per minute, from any address.</summary>
    public int PerUserPerMinute { get; set; } = 5;
}
