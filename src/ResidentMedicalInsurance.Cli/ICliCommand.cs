namespace ResidentMedicalInsurance.Cli;

/// <summary>
/// One <c>rmi</c> sub-command. Commands are found by scanning this assembly, so a new command is
/// one file. <see cref="Name"/> may hold a space (<c>policy evaluate</c>).
/// </summary>
public interface ICliCommand
{
    /// <summary>The words after <c>rmi</c>, e.g. <c>migrate</c> or <c>policy evaluate</c>.</summary>
    string Name { get; }

    /// <summary>One line for <c>rmi help</c>.</summary>
    string Summary { get; }

    /// <summary>Runs with the remaining arguments; returns the process exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken);
}

/// <summary>The process's standard streams, replaceable in tests.</summary>
public sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    public static CliConsole System => new(Console.In, Console.Out, Console.Error);
}
