namespace ResidentMedicalInsurance.Application.Auditing;

/// <summary>Names the running command for the audit trail; queries are not audited (a reveal is a command).</summary>
public sealed class AuditBehaviour<TRequest, TResponse>(AuditScope scope) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = typeof(TRequest).GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!IsCommand || scope.Action is not null)
        {
            return await next().ConfigureAwait(false);
        }

        scope.Action = typeof(TRequest).Name;
        try
        {
            return await next().ConfigureAwait(false);
        }
        finally
        {
            scope.Action = null;
        }
    }
}
