using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Testing;

public static class ScopeExtensions
{
    /// <summary>The scope's DbContext (filtered and guarded for the scope's user).</summary>
    public static AppDbContext Db(this AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<AppDbContext>();

    /// <summary>The scope's current user.</summary>
    public static CurrentUser User(this AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<CurrentUser>();

    public static T Get<T>(this AsyncServiceScope scope)
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();
}
