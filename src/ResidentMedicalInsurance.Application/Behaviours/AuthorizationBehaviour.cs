using System.Reflection;

namespace ResidentMedicalInsurance.Application.Behaviours;

/// <summary>
/// Every request needs a signed-in user with a tenant and one of the roles its
/// <see cref="AuthorizeRolesAttribute"/> names; a request without the attribute is refused
/// (fail closed). Record-level scope (townships) is checked by the handlers themselves.
/// </summary>
public sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser user) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly IReadOnlyList<string>? AllowedRoles =
        typeof(TRequest).GetCustomAttribute<AuthorizeRolesAttribute>()?.Roles;

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!user.IsAuthenticated || user.TenantId is null)
        {
            throw new ForbiddenException("请先登录后再操作。");
        }

        if (AllowedRoles is not { Count: > 0 } roles || !roles.Any(user.IsInRole))
        {
            throw new ForbiddenException("您的角色无权执行此操作，如需办理请联系县医保局管理员。");
        }

        return next();
    }
}
