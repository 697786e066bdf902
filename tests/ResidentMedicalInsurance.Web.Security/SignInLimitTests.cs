using System.Net;
using Microsoft.Data.Sqlite;

namespace ResidentMedicalInsurance.Web.Security;

[CollectionDefinition(Name)]
public sealed class ThrottledCollection : ICollectionFixture<ThrottledPortal>
{
    public const string Name = "throttled";
}

/// <summary>Sign-in limits: per user name (refused tries do not count towards the lock-out) and per client address.</summary>
[Collection(ThrottledCollection.Name)]
public sealed class SignInLimitTests(ThrottledPortal portal)
{
    [Fact]
    public async Task A_user_name_tried_too_often_is_throttled_without_locking_it_and_one_address_is_limited_too()
    {
        var posts = 0;
        using var client = new PortalClient(portal.BaseUrl);
        for (var attempt = 1; attempt <= ThrottledPortal.PerUser; attempt++, posts++)
        {
            using var wrong = await client.PostLoginAsync("haimen-clerk", $"Wrong@password-{attempt}");
            Assert.Contains("用户名或密码不正确", PortalClient.LoginMessage(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using (var throttled = await client.PostLoginAsync("haimen-clerk", PortalClient.Password))
        {
            posts++;
            Assert.Contains("登录尝试过于频繁", PortalClient.LoginMessage(await throttled.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        // The refused try never reached the password check: 3 failures counted, the account not locked.
        var (failures, lockedUntil) = await LockState("haimen-clerk");
        Assert.Equal(ThrottledPortal.PerUser, failures);
        Assert.Null(lockedUntil);

        for (; posts < ThrottledPortal.PerAddress; posts++)
        {
            using var other = await client.PostLoginAsync($"nobody-{posts}", "Wrong@password-0");
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }

        using var limited = await client.PostLoginAsync("haimen-staff", PortalClient.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("60", limited.Headers.RetryAfter?.ToString());
        Assert.Contains("登录尝试过于频繁", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(long Failures, string? LockedUntil)> LockState(string userName)
    {
        await using var connection = new SqliteConnection($"Data Source={portal.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"AccessFailedCount\", \"LockoutEnd\" FROM \"AspNetUsers\" WHERE \"UserName\" = $name";
        command.Parameters.AddWithValue("$name", userName);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }
}
