using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Features.Accounts;
using ResidentMedicalInsurance.Cli.Database;

namespace ResidentMedicalInsurance.Cli.Accounts;

/// <summary>
/// <c>rmi accounts credit</c>: credits the personal accounts (个人账户, ADR 0068) of a tenant's paid enrolments of a year, in
/// one transaction as county staff; prints one JSON line (year, credited, total in fen). Running it again credits nobody.
/// </summary>
public sealed class AccountsCreditCommand : ICliCommand
{
    private const string Usage = "用法：rmi accounts credit --tenant <县代码> --year <参保年度> [数据库参数]";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "accounts credit";

    public string Summary => "为已缴费参保人员划入个人账户（可重复执行，不重复划入）";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken) =>
        DatabaseHost.RunAsync(
            args,
            ["--tenant", "--year"],
            Usage,
            console,
            async (services, arguments) =>
            {
                if (arguments.Get("--tenant") is not { } tenant || arguments.Get("--year") is not { } yearText)
                {
                    await console.Error.WriteLineAsync($"缺少参数：--tenant 与 --year\n{Usage}").ConfigureAwait(false);
                    return 2;
                }

                if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                {
                    await console.Error.WriteLineAsync($"参保年度“{yearText}”不是数字，例如 --year 2008。\n{Usage}").ConfigureAwait(false);
                    return 2;
                }

                var credited = await CreditAsync(services, tenant, year, cancellationToken).ConfigureAwait(false);
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["year"] = credited.Year,
                    ["credited"] = credited.Credited,
                    ["totalFen"] = credited.TotalFen,
                }, Json)).ConfigureAwait(false);
                return 0;
            });

    private static async Task<PersonalAccountsCredited> CreditAsync(IServiceProvider services, string tenantCode, int year, CancellationToken ct)
    {
        await using var scope = await CliTenant.ScopeAsync(services, tenantCode, ct).ConfigureAwait(false);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CreditPersonalAccounts(year), ct).ConfigureAwait(false);
    }
}
