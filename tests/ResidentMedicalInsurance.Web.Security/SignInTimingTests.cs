using System.Net;
using Xunit.Abstractions;

namespace ResidentMedicalInsurance.Web.Security;

/// <summary>
/// An unknown user name must not answer faster than a real one (user enumeration by timing): the
/// median ratio of an unknown name's refusal time to a real user's (wrong password), each pair timed back to
/// back, is within 30%. A harness in the same run, not a timed unit test: both are measured side by side.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class SignInTimingTests(SecurityPortal portal, ITestOutputHelper output)
{
    private const int Rounds = 25;
    private const string RealUser = "lianyungang-staff";

    [Fact]
    public async Task Unknown_users_take_as_long_as_real_users_to_be_refused()
    {
        using var client = new PortalClient(portal.BaseUrl);
        var unknown = new List<double>();
        var real = new List<double>();
        var pairs = new List<double>();
        for (var round = -3; round < Rounds; round++) // three warm-up rounds
        {
            // Each round times the two back to back, in alternating order, so a burst of load from tests
            // running beside this one weighs on both halves of a pair instead of on one kind of name.
            var nobody = $"lianyungang-nobody{round + 10}";
            var unknownFirst = round % 2 == 0;
            var first = await TimeRefusalAsync(client, unknownFirst ? nobody : RealUser);
            var second = await TimeRefusalAsync(client, unknownFirst ? RealUser : nobody);
            var (u, r) = unknownFirst ? (first, second) : (second, first);
            if (round >= 0)
            {
                unknown.Add(u);
                real.Add(r);
                pairs.Add(u / r);
            }

            if ((round + 3) % 3 == 2)
            {
                // A good sign-in resets the failure count before the fifth failure locks the account.
                using var fresh = new PortalClient(portal.BaseUrl);
                await fresh.SignInAsync(RealUser);
            }
        }

        var ratio = Median(pairs);
        output.WriteLine(
            $"sign-in refused: unknown user median {Median(unknown):F1} ms, real user median {Median(real):F1} ms, median of paired ratios {ratio:F2}");
        Assert.InRange(ratio, 0.7, 1.3);
    }

    private static async Task<double> TimeRefusalAsync(PortalClient client, string userName)
    {
        using var response = await client.PostLoginAsync(userName, "Wrong@password-1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client.LastPostTime.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
