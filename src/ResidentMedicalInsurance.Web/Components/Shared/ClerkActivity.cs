namespace ResidentMedicalInsurance.Web.Components.Shared;

/// <summary>
/// Cascaded by a page to its clerk components: tells them when one of them (or the page) starts an
/// action, so that a panel can drop its last success message once the clerk has moved on.
/// </summary>
public sealed class ClerkActivity
{
    public event Action<object>? Started;

    public void Start(object source) => Started?.Invoke(source);
}
