namespace ResidentMedicalInsurance.Web.Components.Shared;

/// <summary>
/// A page's once-a-second refresh while a background import it lists is running (the progress bars of the
/// roster and paid-file lists): started when something runs, stopped when nothing does.
/// </summary>
public sealed class ProgressPoll : IDisposable
{
    private Timer? timer;

    /// <summary>Polls <paramref name="tick"/> (the component's refresh, through its dispatcher) while <paramref name="running"/>.</summary>
    public void Keep(bool running, Func<Task> tick)
    {
        if (running && timer is null)
        {
            timer = new Timer(_ => tick(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        }
        else if (!running && timer is not null)
        {
            timer.Dispose();
            timer = null;
        }
    }

    public void Dispose() => timer?.Dispose();
}
