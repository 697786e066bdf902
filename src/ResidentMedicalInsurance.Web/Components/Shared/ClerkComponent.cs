using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Common;
using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Web.Infrastructure;
using ResidentMedicalInsurance.Web.Resources;

namespace ResidentMedicalInsurance.Web.Components.Shared;

/// <summary>
/// Base of the clerk workflow's components: sends requests through <see cref="UiMediator"/> and turns
/// failures into a message for the alert next to the form (the handler's text, in the user's language, for expected
/// failures, a generic text for anything else; never a stack trace).
/// </summary>
public abstract class ClerkComponent : ComponentBase
{
    [Inject]
    protected UiMediator Mediator { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<ClerkResource> L { get; set; } = default!;

    [Inject]
    private ILogger<ClerkComponent> Logger { get; set; } = default!;

    /// <summary>The page's <see cref="ClerkActivity"/>, told whenever this component starts an action.</summary>
    [CascadingParameter]
    protected ClerkActivity? Activity { get; set; }

    protected string? Error { get; set; }

    /// <summary>The last action's validation messages by property path, for the fields they are about.</summary>
    protected IReadOnlyDictionary<string, string> FieldErrors { get; private set; } = new Dictionary<string, string>();

    /// <summary>Whether this component shows the message of <paramref name="property"/> beside its field.</summary>
    protected virtual bool ShowsBesideField(string property) => false;

    /// <summary>A field changed: its message no longer describes it.</summary>
    protected void FieldChanged(string property)
    {
        if (FieldErrors.ContainsKey(property))
        {
            FieldErrors = FieldErrors.Where(e => e.Key != property).ToDictionary(e => e.Key, e => e.Value);
        }
    }

    protected string? Info { get; set; }

    /// <summary>An outcome that is not a plain success (a number already on record): an amber notice, not the green one.</summary>
    protected string? Warning { get; set; }

    protected bool Busy { get; private set; }

    /// <summary>Runs one user action; false when it failed (and <see cref="Error"/> says why).</summary>
    protected async Task<bool> Run(Func<Task> action)
    {
        if (Busy)
        {
            return false;
        }

        Busy = true;
        Error = null;
        Info = null;
        Warning = null;
        FieldErrors = new Dictionary<string, string>();
        Activity?.Start(this);
        try
        {
            return await Attempt(action);
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>Runs <paramref name="action"/>; a failure becomes <see cref="Error"/> (and <see cref="FieldErrors"/>), never an exception.</summary>
    private async Task<bool> Attempt(Func<Task> action)
    {
        try
        {
            await action();
            return true;
        }
        catch (InputValidationException ex) when (ex.Fields.Any(f => ShowsBesideField(f.Property)))
        {
            // Beside their fields; the alert keeps only what has no field here, or says where to look.
            FieldErrors = ex.Fields.Where(f => ShowsBesideField(f.Property))
                .GroupBy(f => f.Property).ToDictionary(g => g.Key, g => g.First().Message);
            var elsewhere = ex.Fields.Where(f => !ShowsBesideField(f.Property)).Select(f => f.Message).Distinct().ToList();
            Error = elsewhere.Count > 0 ? string.Join(Messages.Get("Common_ListSeparator"), elsewhere) : L["Error_SeeFields"];
        }
        catch (Exception ex) when (ex is AppException or DomainException)
        {
            Error = ex.Message;
        }
#pragma warning disable CA1031 // the UI shows a generic message for anything unexpected; the log keeps the details
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Logger.LogError(ex, "Clerk UI action failed in {Component}", GetType().Name);
            Error = L["Error_Generic"];
        }

        return false;
    }

    /// <summary>Loads only once the circuit is live: prerendered pages show 正在加载 and no form to click.</summary>
    protected Task RunWhenInteractive(Func<Task> action) => RendererInfo.IsInteractive ? Run(action) : Task.CompletedTask;

    /// <summary>
    /// Reads a panel's data when interactive without starting an action (no busy state, <see cref="ClerkActivity"/> not
    /// told): other panels keep their messages; a failure shows as <see cref="Error"/> like an action's.
    /// </summary>
    protected Task LoadWhenInteractive(Func<Task> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        return RendererInfo.IsInteractive ? Attempt(load) : Task.CompletedTask;
    }

    protected Task<T> Send<T>(IRequest<T> request) => Mediator.Send(request);
}
