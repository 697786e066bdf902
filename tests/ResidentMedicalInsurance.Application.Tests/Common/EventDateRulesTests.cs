using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Refunds;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Refunds;

namespace ResidentMedicalInsurance.Application.Tests.Common;

/// <summary>The date of an event names its field in the language of the moment the message is produced, not of the validator's making.</summary>
public sealed class EventDateRulesTests
{
    [Fact]
    public void A_departure_and_a_refund_event_name_their_date_in_the_users_language()
    {
        var clock = new TestClock();
        var departure = new MarkResidentDepartedValidator(clock);
        var refund = new RequestRefundValidator(clock);
        var tomorrow = clock.Today.AddDays(1);
        var left = new MarkResidentDeparted(Guid.NewGuid(), DepartureReason.MovedOut, tomorrow);
        var old = new RequestRefund(Guid.NewGuid(), RefundReason.Duplicate, clock.Today.AddYears(-4), false, null);

        using (new UiCulture("en"))
        {
            Assert.Equal("The date of the change cannot be later than today.", Assert.Single(departure.Validate(left).Errors).ErrorMessage);
            Assert.Equal("The date of the event is more than three years ago: check it.", Assert.Single(refund.Validate(old).Errors).ErrorMessage);
        }

        Assert.Equal("变动日期不能晚于今天。", Assert.Single(departure.Validate(left).Errors).ErrorMessage);
        Assert.Equal("退费事由发生日期早于三年前，请核对。", Assert.Single(refund.Validate(old).Errors).ErrorMessage);
    }
}
