using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Tests.Policy;

/// <summary>A quote's subsidy: the category and its funder in the notice's words, how it is given in the user's language.</summary>
public sealed class SubsidyTextTests
{
    private static PolicyQuote Quote()
    {
        var resident = new Resident { Name = "郑一", IdNumber = People.IdNumber(new DateOnly(1980, 5, 6)), BirthDate = new DateOnly(1980, 5, 6), Hukou = HukouKind.Local };
        return new PolicyGateway().Quote("youxi-2020", resident, [new SubsidyCertification { Code = "canji", CertifiedOn = new DateOnly(2019, 6, 1) }],
            new EnrollmentCircumstances(), new DateOnly(2019, 12, 5));
    }

    [Fact]
    public void The_mode_follows_the_users_language_and_the_notices_words_stay_Chinese()
    {
        var chinese = Quote();
        PolicyQuote english;
        using (new UiCulture("en"))
        {
            english = Quote();
        }

        Assert.Equal(("免缴", "fee waived"), (chinese.SubsidyModeText, english.SubsidyModeText));
        Assert.Equal(chinese.SubsidyName, english.SubsidyName);
        Assert.Contains("残疾", english.SubsidyName, StringComparison.Ordinal);
        Assert.Equal(chinese.SubsidyFundedBy, english.SubsidyFundedBy);
        Assert.Equal($"{chinese.SubsidyName}（免缴，{chinese.SubsidyFundedBy}）", chinese.SubsidyText);
        Assert.Equal($"{chinese.SubsidyName} (fee waived, {chinese.SubsidyFundedBy})", english.SubsidyText);
    }
}
