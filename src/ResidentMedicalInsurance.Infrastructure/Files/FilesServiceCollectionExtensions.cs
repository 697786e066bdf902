using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ResidentMedicalInsurance.Infrastructure.Files;

public static class FilesServiceCollectionExtensions
{
    /// <summary>
    /// The uploaded-table reader (xlsx, csv) and the xlsx and csv writer (ADR 0052, 0054): stateless singletons.
    /// <see cref="DependencyInjection.AddPersistence"/> calls this, so every host has them.
    /// </summary>
    public static IServiceCollection AddTableFiles(this IServiceCollection services)
    {
        services.TryAddSingleton<ITableFileReader, TableFileReader>();
        services.TryAddSingleton<ITableFileWriter, TableFileWriter>();
        return services;
    }
}
