using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Reconciliation;

namespace ResidentMedicalInsurance.Domain.Tests.Reconciliation;

/// <summary>已送财政 is recorded once on a signed-off period, with who and when, and bumps the version.</summary>
public sealed class SignOffTests
{
    private static readonly DateTimeOffset Noon = new(2020, 12, 5, 12, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_signed_period_is_sent_to_finance_once()
    {
        var signOff = new PeriodSignOff { Id = Guid.NewGuid(), Status = SignOffStatus.SignedOff, Version = 2 };

        signOff.SendToFinance("county-youxi", Noon);

        Assert.Equal((SignOffStatus.SentToFinance, Noon, "county-youxi", 3), (signOff.Status, signOff.SentAt!.Value, signOff.SentBy, signOff.Version));
        Assert.Equal("该对账期已送财政。", Assert.Throws<DomainException>(() => signOff.SendToFinance("other", Noon.AddDays(1))).Message);
        Assert.Equal((Noon, "county-youxi", 3), (signOff.SentAt!.Value, signOff.SentBy, signOff.Version));
    }
}
