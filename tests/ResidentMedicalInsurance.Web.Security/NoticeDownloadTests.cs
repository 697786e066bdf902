using System.Net;

namespace ResidentMedicalInsurance.Web.Security;

/// <summary>
/// The progress notice's downloads (outside the router, so not in the access table's page list): anonymous users sign in,
/// clerks and admins are denied, county staff and supervisors reach the request, which finds no notice of that id.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class NoticeDownloadTests(SecurityPortal portal)
{
    private static readonly string[] Paths = ["notices/0198d3c1-0000-7000-8000-000000000001/notice.xlsx", "notices/0198d3c1-0000-7000-8000-000000000001/notice.pdf"];

    [Fact]
    public async Task Readers_reach_the_request_and_others_are_turned_away()
    {
        foreach (var path in Paths)
        {
            Assert.Equal(AccessTableTests.Answer.SignIn, AccessTableTests.Classify(await GetAsync(null, path)));
            Assert.Equal(AccessTableTests.Answer.Denied, AccessTableTests.Classify(await GetAsync("youxi-clerk", path)));
            Assert.Equal(AccessTableTests.Answer.Denied, AccessTableTests.Classify(await GetAsync("youxi-admin", path)));
            foreach (var reader in new[] { "youxi-staff", "youxi-supervisor" })
            {
                using var response = await GetAsync(reader, path);
                var text = await response.Content.ReadAsStringAsync();

                // Without Chromium the PDF says so before looking the notice up; either way a zh-CN sentence, no stack trace.
                Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.ServiceUnavailable, $"{path} as {reader}: {(int)response.StatusCode}");
                Assert.Matches(response.StatusCode == HttpStatusCode.NotFound ? "未找到该进度通报" : "Chromium", text);
                Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
            }
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string? who, string path)
    {
        using var client = new PortalClient(portal.BaseUrl);
        if (who is not null)
        {
            await client.SignInAsync(who);
        }

        return await client.GetAsync(path);
    }
}
