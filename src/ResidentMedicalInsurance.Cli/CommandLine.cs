namespace ResidentMedicalInsurance.Cli;

/// <summary>Dispatches <c>rmi &lt;command&gt; [args]</c> to the matching <see cref="ICliCommand"/>.</summary>
public static class CommandLine
{
    public static IReadOnlyList<ICliCommand> Commands { get; } = typeof(ICliCommand).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
        .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .ToList();

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        // Longest name first, so that "policy evaluate" wins over a plain "policy".
        var command = Commands
            .OrderByDescending(c => c.Name.Split(' ').Length)
            .FirstOrDefault(c => Matches(c.Name, args));
        if (command is null)
        {
            await PrintHelpAsync(console.Error, args.Count == 0 ? null : string.Join(' ', args)).ConfigureAwait(false);
            return args.Count == 0 || args[0] is "help" or "--help" or "-h" ? 0 : 2;
        }

        var words = command.Name.Split(' ').Length;
        return await command.RunAsync(args.Skip(words).ToList(), console, cancellationToken).ConfigureAwait(false);
    }

    private static bool Matches(string name, IReadOnlyList<string> args)
    {
        var words = name.Split(' ');
        return args.Count >= words.Length && words.Select((w, i) => args[i] == w).All(x => x);
    }

    private static async Task PrintHelpAsync(TextWriter writer, string? unknown)
    {
        if (unknown is not null && unknown is not ("help" or "--help" or "-h"))
        {
            await writer.WriteLineAsync($"未知命令：{unknown}").ConfigureAwait(false);
        }

        await writer.WriteLineAsync("用法：rmi <命令> [参数]").ConfigureAwait(false);
        foreach (var command in Commands)
        {
            await writer.WriteLineAsync($"  {command.Name,-18} {command.Summary}").ConfigureAwait(false);
        }
    }
}
