namespace ResidentMedicalInsurance.Application.Abstractions;

/// <summary>
/// Orders command transactions where the database has a single writer (SQLite): commands wait
/// their turn first-come-first-served instead of retrying on a busy database. A no-op for servers.
/// </summary>
public interface IWriteGate
{
    ValueTask<IAsyncDisposable> EnterAsync(CancellationToken cancellationToken);
}
