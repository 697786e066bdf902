using System.Globalization;
using ResidentMedicalInsurance.Application.Features.Common;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Domain.Residents;

namespace ResidentMedicalInsurance.Application.Tests.Common;

/// <summary>The Application's texts in both languages: every key in both, every enumeration value labelled, English without Chinese.</summary>
public sealed class TextsTests
{
    [Fact]
    public void Every_text_exists_in_Chinese_and_English_and_the_English_has_no_Chinese()
    {
        ResourcePair.AssertComplete("Texts");
    }

    [Fact]
    public void Every_enumeration_value_has_a_label_in_both_languages()
    {
        foreach (var culture in new[] { new CultureInfo("zh-CN"), new CultureInfo("en") })
        {
            using var _ = new UiCulture(culture);
            Assert.All(Enum.GetValues<Sex>(), v => Assert.NotEmpty(Labels.Of(v)));
            Assert.All(Enum.GetValues<Relationship>(), v => Assert.NotEmpty(Labels.Of(v)));
            Assert.All(Enum.GetValues<HukouKind>(), v => Assert.NotEmpty(Labels.Of(v)));
            Assert.All(Enum.GetValues<StudentStatus>(), v => Assert.NotEmpty(Labels.Of(v)));
            Assert.All(Enum.GetValues<OtherDocumentKind>(), v => Assert.NotEmpty(Labels.Of(v)));
            Assert.All(Enum.GetValues<EnrollmentStatus>(), v => Assert.NotEmpty(Labels.Of(v)));
            Assert.All(Enum.GetValues<RefundStatus>(), v => Assert.NotEmpty(Labels.Of(v)));
            Assert.All(Enum.GetValues<Domain.Payments.PaymentStatus>(), v => Assert.NotEmpty(Labels.Of(v)));
            Assert.All(Enum.GetValues<RefundReason>(), v => Assert.NotEmpty(Labels.Of(v)));
        }
    }

    [Fact]
    public void Money_dates_and_labels_follow_the_users_language()
    {
        using (new UiCulture(new CultureInfo("zh-CN")))
        {
            Assert.Equal(("男", "250.00 元", "2020年1月1日", "2020年1月1日 至 2020年12月31日", "1964年"),
                (Labels.Of(Sex.Male), Display.Yuan(25000), Display.Date(new DateOnly(2020, 1, 1)),
                 Display.Period(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)), Display.BirthYear(new DateOnly(1964, 2, 11))));
        }

        using (new UiCulture(new CultureInfo("en")))
        {
            Assert.Equal(("Male", "¥250.00", "2020-01-01", "2020-01-01 to 2020-12-31", "1964"),
                (Labels.Of(Sex.Male), Display.Yuan(25000), Display.Date(new DateOnly(2020, 1, 1)),
                 Display.Period(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)), Display.BirthYear(new DateOnly(1964, 2, 11))));
        }
    }

    [Fact]
    public void A_validators_message_is_in_the_language_of_the_moment_it_is_produced()
    {
        var validator = new ResidentMedicalInsurance.Application.Features.Payments.RecordPaymentValidator(new Support.TestClock());
        var payment = new ResidentMedicalInsurance.Application.Features.Payments.RecordPayment
        {
            EnrollmentId = Guid.NewGuid(), Channel = "cash", Voucher = "", AmountFen = 25000, PaidAt = new Support.TestClock().Now,
        };

        using (new UiCulture(new CultureInfo("en")))
        {
            Assert.Equal("Enter the voucher number.", Assert.Single(validator.Validate(payment).Errors).ErrorMessage);
        }

        using (new UiCulture(new CultureInfo("zh-CN")))
        {
            Assert.Equal("请填写缴费凭证号。", Assert.Single(validator.Validate(payment).Errors).ErrorMessage);
        }
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo before = CultureInfo.CurrentUICulture;

        public UiCulture(CultureInfo culture) => CultureInfo.CurrentUICulture = culture;

        public void Dispose() => CultureInfo.CurrentUICulture = before;
    }
}
