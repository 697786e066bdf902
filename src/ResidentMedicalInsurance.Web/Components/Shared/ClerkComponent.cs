using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Web.Infrastructure;
using ResidentMedicalInsurance.Web.Resources;

namespace ResidentMedicalInsurance.Web.Components.Shared;

/// <summary>
/// Base of the clerk workflow's components: sends requests through <see cref="UiMediator"/> and turns
/// failures into a message for the alert next to the form (the handler's zh-CN text for expected
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

    protected string? Info { get; set; }

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
        Activity?.Start(this);
        try
        {
            await action();
            return true;
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
        finally
        {
            Busy = false;
        }

        return false;
    }

    /// <summary>Loads only once the circuit is live: prerendered pages show 正在加载 and no form to click.</summary>
    protected Task RunWhenInteractive(Func<Task> action) => RendererInfo.IsInteractive ? Run(action) : Task.CompletedTask;

    protected Task<T> Send<T>(IRequest<T> request) => Mediator.Send(request);
}
