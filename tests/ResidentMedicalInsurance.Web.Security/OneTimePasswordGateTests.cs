using System.Net;
using Microsoft.Data.Sqlite;

namespace ResidentMedicalInsurance.Web.Security;

/// <summary>
/// Over HTTP, a user still on a one-time password reaches only 修改密码, sign-out and anonymous endpoints:
/// pages redirect to /account/password and the Blazor circuit is refused (ADR 0048).
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class OneTimePasswordGateTests(SecurityPortal portal)
{
    private const string UserName = "shiquan-supervisor";

    [Fact]
    public async Task A_user_on_a_one_time_password_reaches_only_the_password_page()
    {
        await SetMustChangePasswordAsync(true);
        try
        {
            using var client = new PortalClient(portal.BaseUrl);
            await client.SignInAsync(UserName);

            foreach (var page in new[] { "residents", "townships", "./" })
            {
                using var answer = await client.GetAsync(page);
                Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
                Assert.Equal("/account/password", answer.Headers.Location!.OriginalString);
            }

            using var circuit = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri("_blazor/negotiate?negotiateVersion=1", UriKind.Relative)));
            Assert.Equal(HttpStatusCode.Forbidden, circuit.StatusCode);

            using var password = await client.GetAsync("account/password");
            Assert.Equal(HttpStatusCode.OK, password.StatusCode);
            using var health = await client.GetAsync("healthz");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
        finally
        {
            await SetMustChangePasswordAsync(false);
        }
    }

    private async Task SetMustChangePasswordAsync(bool must)
    {
        await using var connection = new SqliteConnection($"Data Source={portal.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE \"AspNetUsers\" SET \"MustChangePassword\" = $must WHERE \"UserName\" = $name";
        command.Parameters.AddWithValue("$must", must ? 1 : 0);
        command.Parameters.AddWithValue("$name", UserName);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
