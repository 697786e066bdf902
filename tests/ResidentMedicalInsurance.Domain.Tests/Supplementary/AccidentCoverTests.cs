using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Supplementary;

namespace ResidentMedicalInsurance.Domain.Tests.Supplementary;

/// <summary>意外伤害补充保险 (尤政办〔2019〕45号 三(三), 六(三)): chosen, paid once to the insurer or cancelled, chosen again; each change bumps the version.</summary>
public sealed class AccidentCoverTests
{
    private static readonly DateTimeOffset Chosen = new(2019, 10, 1, 9, 0, 0, TimeSpan.FromHours(8));

    // 23:30 UTC is the next morning in China: the paid day is China's.
    private static readonly DateTimeOffset PaidAt = new(2019, 10, 2, 23, 30, 0, TimeSpan.Zero);

    private static AccidentCover Cover(AccidentCoverStatus status = AccidentCoverStatus.Chosen) => new()
    {
        Id = Guid.NewGuid(), TownshipId = Guid.NewGuid(), Village = "城关村", HouseholdId = Guid.NewGuid(), ResidentId = Guid.NewGuid(),
        Year = 2020, PremiumFen = 3_000, Status = status, ChosenAt = Chosen, ChosenBy = "clerk", Version = 3,
        Voucher = status == AccidentCoverStatus.Paid ? "YW2020-000007" : null,
    };

    [Fact]
    public void Paying_records_the_insurers_channel_and_voucher_and_the_day_in_China()
    {
        var cover = Cover();

        cover.Pay("insurer-qr", "YW2020-000001", PaidAt, PaidAt.AddMinutes(1), "clerk");

        Assert.Equal((AccidentCoverStatus.Paid, "insurer-qr", "YW2020-000001", PaidAt, PaidAt.AddMinutes(1), "clerk", 4),
            (cover.Status, cover.Channel, cover.Voucher, cover.PaidAt, cover.RecordedAt, cover.RecordedBy, cover.Version));
        Assert.Equal(new DateOnly(2019, 10, 3), cover.PaidOn);
        cover.PaidAt = null;
        Assert.Null(cover.PaidOn);
    }

    [Fact]
    public void A_cover_is_paid_once_and_a_cancelled_one_not_at_all()
    {
        var paid = Assert.Throws<DomainException>(() => Cover(AccidentCoverStatus.Paid).Pay("cash", "YW2020-000002", PaidAt, PaidAt, "x"));
        Assert.Equal("该意外伤害补充保险已缴费（凭证号 YW2020-000007），不能重复缴费。", paid.Message);

        var cancelled = Assert.Throws<DomainException>(() => Cover(AccidentCoverStatus.Cancelled).Pay("cash", "YW2020-000002", PaidAt, PaidAt, "x"));
        Assert.Equal("该意外伤害补充保险已取消，请先重新选择再缴费。", cancelled.Message);
    }

    [Fact]
    public void Cancelling_a_chosen_cover_records_who_and_when()
    {
        var cover = Cover();

        cover.Cancel(PaidAt, "clerk2");

        Assert.Equal((AccidentCoverStatus.Cancelled, PaidAt, "clerk2", 4), (cover.Status, cover.CancelledAt, cover.CancelledBy, cover.Version));
    }

    [Fact]
    public void A_paid_cover_is_the_insurers_to_refund_and_a_cancelled_one_is_cancelled_already()
    {
        var paid = Assert.Throws<DomainException>(() => Cover(AccidentCoverStatus.Paid).Cancel(PaidAt, "x"));
        Assert.Equal("该意外伤害补充保险已缴费，不能在此取消；退保请到保险公司办理。", paid.Message);

        var cancelled = Assert.Throws<DomainException>(() => Cover(AccidentCoverStatus.Cancelled).Cancel(PaidAt, "x"));
        Assert.Equal("该意外伤害补充保险已取消。", cancelled.Message);
    }

    [Fact]
    public void Choosing_again_after_a_cancellation_takes_the_premium_of_now_and_clears_the_cancellation()
    {
        var cover = Cover();
        cover.Cancel(PaidAt, "clerk2");

        cover.ChooseAgain(3_500, PaidAt.AddDays(1), "clerk3");

        Assert.Equal((AccidentCoverStatus.Chosen, 3_500L, PaidAt.AddDays(1), "clerk3", 5),
            (cover.Status, cover.PremiumFen, cover.ChosenAt, cover.ChosenBy, cover.Version));
        Assert.Null(cover.CancelledAt);
        Assert.Null(cover.CancelledBy);
    }

    [Fact]
    public void Only_a_cancelled_cover_is_chosen_again()
    {
        var paid = Assert.Throws<DomainException>(() => Cover(AccidentCoverStatus.Paid).ChooseAgain(3_000, PaidAt, "x"));
        Assert.Equal("该居民本年度意外伤害补充保险已缴费。", paid.Message);

        var chosen = Assert.Throws<DomainException>(() => Cover().ChooseAgain(3_000, PaidAt, "x"));
        Assert.Equal("该居民本年度已选择意外伤害补充保险。", chosen.Message);
    }

    [Theory]
    [InlineData(AccidentCoverStatus.Chosen)]
    [InlineData(AccidentCoverStatus.Cancelled)]
    public void A_cover_not_yet_paid_follows_the_household_to_where_it_now_lives(AccidentCoverStatus status)
    {
        var cover = Cover(status);
        var (household, township) = (Guid.NewGuid(), Guid.NewGuid());

        cover.FollowTo(household, township, "新村");

        Assert.Equal((household, township, "新村", 4), (cover.HouseholdId, cover.TownshipId, cover.Village, cover.Version));
    }

    [Fact]
    public void A_paid_cover_changes_household_but_stays_where_the_insurer_took_the_money()
    {
        var cover = Cover(AccidentCoverStatus.Paid);
        var (township, household) = (cover.TownshipId, Guid.NewGuid());

        cover.FollowTo(household, Guid.NewGuid(), "新村");

        Assert.Equal((household, township, "城关村", 4), (cover.HouseholdId, cover.TownshipId, cover.Village, cover.Version));
    }
}
