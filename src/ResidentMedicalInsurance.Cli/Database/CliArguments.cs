namespace ResidentMedicalInsurance.Cli.Database;

/// <summary><c>--name value</c> options (repeatable) and value-less flags of one command; anything else is an error.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, List<string>> values = new(StringComparer.Ordinal);

    private CliArguments()
    {
    }

    /// <summary>Parses <paramref name="args"/>; returns null and an error when an option is unknown or lacks its value.</summary>
    public static CliArguments? Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> allowed, out string? error, IReadOnlyCollection<string>? flags = null)
    {
        var parsed = new CliArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            var inline = name.IndexOf('=', StringComparison.Ordinal);
            string? value = null;
            if (name.StartsWith("--", StringComparison.Ordinal) && inline > 0)
            {
                value = name[(inline + 1)..];
                name = name[..inline];
            }

            if (!allowed.Contains(name))
            {
                error = $"未知参数：{args[i]}";
                return null;
            }

            if (value is null && flags?.Contains(name) == true)
            {
                value = "true";
            }

            if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    error = $"参数 {name} 缺少取值。";
                    return null;
                }

                value = args[++i];
            }

            if (!parsed.values.TryGetValue(name, out var list))
            {
                parsed.values[name] = list = [];
            }

            list.Add(value);
        }

        error = null;
        return parsed;
    }

    public string? Get(string name) => values.TryGetValue(name, out var list) ? list[^1] : null;

    /// <summary>Whether a flag (or an option) was given.</summary>
    public bool Has(string name) => values.ContainsKey(name);

    public IReadOnlyList<string> GetAll(string name) => values.TryGetValue(name, out var list) ? list : [];
}
