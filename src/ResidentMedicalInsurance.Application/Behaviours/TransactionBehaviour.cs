namespace ResidentMedicalInsurance.Application.Behaviours;

/// <summary>
/// One database transaction per command: either every row of the command is written or none.
/// Queries pass straight through. On a single-writer database the command first waits its turn
/// at the <see cref="IWriteGate"/>; what it asked <see cref="AfterCommit"/> for runs once it has committed.
/// </summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(IAppDbContext db, IWriteGate writeGate, AfterCommit afterCommit) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = typeof(TRequest).GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!IsCommand || db.Database.CurrentTransaction is not null)
        {
            return await next().ConfigureAwait(false);
        }

        TResponse response;
        await using (var turn = await writeGate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            afterCommit.Discard();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            response = await next().ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        await afterCommit.RunAsync(cancellationToken).ConfigureAwait(false);
        return response;
    }
}
