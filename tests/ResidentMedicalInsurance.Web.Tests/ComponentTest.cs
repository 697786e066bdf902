using System.Globalization;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Radzen;
using ResidentMedicalInsurance.Application;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Time;
using ResidentMedicalInsurance.Web.Infrastructure;

namespace ResidentMedicalInsurance.Web.Tests;

/// <summary>
/// A bUnit context wired like the portal's circuit: Radzen, resx localisation in zh-CN, the real
/// <see cref="UiMediator"/> over the application's registrations (validators, policy gateway) with
/// MediatR replaced by <see cref="FakeMediator"/>, the system clock frozen at <see cref="Now"/>, and a
/// signed-in clerk.
/// </summary>
public abstract class ComponentTest : BunitContext
{
    /// <summary>2020-11-16 09:30 China time: inside the 2021 enrolment campaign of the reference counties.</summary>
    protected static readonly DateTimeOffset Now = new(2020, 11, 16, 9, 30, 0, TimeSpan.FromHours(8));

    private static readonly CultureInfo ZhCn = new("zh-CN");

    protected ComponentTest()
    {
        CultureInfo.CurrentCulture = ZhCn;
        CultureInfo.CurrentUICulture = ZhCn;

        // WaitFor… gives up after 1 s by default: too little for a re-render when the Chromium tests load both cores (a
        // payment-panel test failed so). A passing wait returns as soon as it passes, so the longer limit costs nothing.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddRadzenComponents();
        Services.AddLocalization();
        Services.AddLogging();
        Services.AddSingleton<TimeProvider>(new FrozenTime(Now));
        Services.AddSingleton<IClock, SystemClock>();
        Services.AddScoped<CurrentUser>();
        Services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        Services.AddApplication();
        Services.AddScoped(sp => Mediator.In(sp));
        Services.AddScoped<UiMediator>();
        Services.AddScoped<IUserSessionValidator>(_ => Session);
        AddAuthorization().SetAuthorized("clerk-lyg").SetRoles(Roles.Clerk);
    }

    protected FakeMediator Mediator { get; } = new();

    /// <summary>The session check UiMediator makes before each request: valid unless a test says not.</summary>
    protected SessionSwitch Session { get; } = new();

    protected sealed class SessionSwitch : IUserSessionValidator
    {
        public bool Valid { get; set; } = true;

        public Task<bool> IsStillValidAsync(System.Security.Claims.ClaimsPrincipal principal) => Task.FromResult(Valid);
    }

    private sealed class FrozenTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
