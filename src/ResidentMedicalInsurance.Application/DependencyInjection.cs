using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResidentMedicalInsurance.Application.Auditing;
using ResidentMedicalInsurance.Application.Behaviours;
using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application;

public static class DependencyInjection
{
    /// <summary>
    /// MediatR 5.1.0 (fixed by the design card) has no DI extension: handlers are found by Scrutor
    /// scanning, validators by FluentValidation's own <c>AddValidatorsFromAssembly</c> (public
    /// validators, scoped); behaviours run in the order registered (outermost first). Idempotent: a second
    /// call adds nothing (AddInfrastructure calls it for the demo seeder; hosts may call it too).
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IMediator)))
        {
            return services;
        }

        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();

        services.Scan(scan => scan
            .FromAssemblyOf<ApplicationAssemblyMarker>()
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)))
            .AsImplementedInterfaces()
            .WithScopedLifetime());
        services.AddValidatorsFromAssemblyContaining<ApplicationAssemblyMarker>(ServiceLifetime.Scoped);

        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuditBehaviour<,>));
        services.TryAddScoped<AuditScope>();
        services.AddScoped<AfterCommit>();
        services.AddScoped<Features.Rosters.RosterImport>();
        services.AddScoped<IStagedImportRunner>(sp => sp.GetRequiredService<Features.Rosters.RosterImport>());
        services.AddScoped<Features.Tax.PaidFileImport>();
        services.AddScoped<IStagedImportRunner>(sp => sp.GetRequiredService<Features.Tax.PaidFileImport>());
        services.AddScoped<Features.Tax.PaidFileApplication>();
        services.AddScoped<IStagedImportRunner>(sp => sp.GetRequiredService<Features.Tax.PaidFileApplication>());
        services.TryAddSingleton<Features.Tax.PaidApplyProgress>();
        services.AddSingleton<IPolicyGateway, PolicyGateway>();
        return services;
    }
}

/// <summary>Anchor for assembly scanning.</summary>
public sealed class ApplicationAssemblyMarker;
