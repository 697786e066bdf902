using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Cli.Rosters;
using ResidentMedicalInsurance.Infrastructure.Demo.Scale;

namespace ResidentMedicalInsurance.Cli.Database;

/// <summary><c>rmi seed-scale</c>: a deterministic synthetic county population for benchmarks (<see cref="ScaleSeeder"/>, ADR 0060). Never on a production database.</summary>
public sealed class SeedScaleCommand : ICliCommand
{
    private const string Usage = "用法：rmi seed-scale --tenant <县代码> --residents <人数> [--paid-share 0.85] [--seed 1] [数据库参数]";

    public string Name => "seed-scale";

    public string Summary => "生成县级规模的模拟参保缴费数据（仅用于性能测试，勿用于生产库）";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken) =>
        DatabaseHost.RunAsync(args, ["--tenant", "--residents", "--paid-share", "--seed"], Usage, console, async (services, arguments) =>
        {
            if (arguments.Get("--tenant") is not { } code || arguments.Get("--residents") is not { } count)
            {
                await console.Error.WriteLineAsync($"缺少参数：--tenant 和 --residents\n{Usage}").ConfigureAwait(false);
                return 2;
            }

            var residents = Number<int>(count, "--residents", int.TryParse, r => r > 0);
            var share = Number<double>(arguments.Get("--paid-share") ?? "0.85", "--paid-share", double.TryParse, s => s is >= 0 and <= 1);
            var seed = Number<int>(arguments.Get("--seed") ?? "1", "--seed", int.TryParse, s => s >= 0);
            await using var scope = await CliTenant.ScopeAsync(services, code, cancellationToken).ConfigureAwait(false);
            var result = await scope.ServiceProvider.GetRequiredService<ScaleSeeder>().SeedAsync(residents, share, seed, cancellationToken).ConfigureAwait(false);
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{{\"households\":{result.Households},\"residents\":{result.Residents},\"enrolled\":{result.Enrolled},\"paid\":{result.Paid},\"quotes\":{result.Quotes},\"seconds\":{result.Elapsed.TotalSeconds:F1}}}"))
                .ConfigureAwait(false);
            return 0;
        });

    private delegate bool Parser<T>(string text, NumberStyles style, IFormatProvider provider, out T value);

    private static T Number<T>(string text, string option, Parser<T> parse, Func<T, bool> valid) =>
        parse(text, typeof(T) == typeof(int) ? NumberStyles.Integer : NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && valid(value)
            ? value
            : throw new AppException($"参数 {option} 的取值“{text}”不对。");
}
