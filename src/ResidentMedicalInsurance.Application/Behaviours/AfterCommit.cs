namespace ResidentMedicalInsurance.Application.Behaviours;

/// <summary>
/// Work a command asks for once its transaction has committed (queueing a job that reads what it wrote).
/// Scoped; <see cref="TransactionBehaviour{TRequest,TResponse}"/> runs and clears it after the commit.
/// </summary>
public sealed class AfterCommit
{
    private readonly List<Func<CancellationToken, Task>> work = [];

    public void Add(Func<CancellationToken, Task> action) => work.Add(action);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var pending = work.ToList();
        work.Clear();
        foreach (var action in pending)
        {
            await action(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Discard() => work.Clear();
}
