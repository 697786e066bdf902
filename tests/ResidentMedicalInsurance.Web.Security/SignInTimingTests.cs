using System.Net;
using Xunit.Abstractions;

namespace ResidentMedicalInsurance.Web.Security;

/// <summary>
/// An unknown user name must not answer faster than a real one (user enumeration by timing): the
/// median sign-in time for unknown names is within 30% of a real user's with a wrong password.
/// A harness in the same run, not a timed unit test: both medians are measured side by side.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class SignInTimingTests(SecurityPortal portal, ITestOutputHelper output)
{
    private const int Rounds = 21;
    private const string RealUser = "lianyungang-staff";

    [Fact]
    public async Task Unknown_users_take_as_long_as_real_users_to_be_refused()
    {
        using var client = new PortalClient(portal.BaseUrl);
        var unknown = new List<double>();
        var real = new List<double>();
        for (var round = -3; round < Rounds; round++) // three warm-up rounds
        {
            using (var a = await client.PostLoginAsync($"lianyungang-nobody{round + 10}", "Wrong@password-1"))
            {
                Assert.Equal(HttpStatusCode.OK, a.StatusCode);
                if (round >= 0) unknown.Add(client.LastPostTime.TotalMilliseconds);
            }

            using (var b = await client.PostLoginAsync(RealUser, "Wrong@password-1"))
            {
                Assert.Equal(HttpStatusCode.OK, b.StatusCode);
                if (round >= 0) real.Add(client.LastPostTime.TotalMilliseconds);
            }

            if ((round + 3) % 3 == 2)
            {
                // A good sign-in resets the failure count before the fifth failure locks the account.
                using var fresh = new PortalClient(portal.BaseUrl);
                await fresh.SignInAsync(RealUser);
            }
        }

        var unknownMedian = Median(unknown);
        var realMedian = Median(real);
        var ratio = unknownMedian / realMedian;
        output.WriteLine($"sign-in refused: unknown user median {unknownMedian:F1} ms, real user median {realMedian:F1} ms, ratio {ratio:F2}");
        Assert.InRange(ratio, 0.7, 1.3);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
