namespace ResidentMedicalInsurance.Infrastructure.Persistence;

/// <summary>SQLite allows one writer: one process-wide queue for command transactions (busy_timeout still covers other processes).</summary>
internal sealed class SingleWriterGate : IWriteGate, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async ValueTask<IAsyncDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(gate);
    }

    public void Dispose() => gate.Dispose();

    private sealed class Release(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>Server databases handle concurrent writers themselves.</summary>
internal sealed class OpenWriteGate : IWriteGate, IAsyncDisposable
{
    public ValueTask<IAsyncDisposable> EnterAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IAsyncDisposable>(this);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>The gate that fits a provider.</summary>
public static class WriteGates
{
    public static IWriteGate For(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? new SingleWriterGate() : new OpenWriteGate();
}
