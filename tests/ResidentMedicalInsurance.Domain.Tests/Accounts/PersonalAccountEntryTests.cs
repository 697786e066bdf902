using ResidentMedicalInsurance.Domain.Accounts;
using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Tests.Households;

namespace ResidentMedicalInsurance.Domain.Tests.Accounts;

/// <summary>个人账户 lines (连政办发〔2007〕149号 第七条, 第十一条): a credit adds a positive amount, a refund takes the whole balance out.</summary>
public sealed class PersonalAccountEntryTests
{
    private static readonly DateTimeOffset At = new(2008, 1, 10, 2, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_credit_books_the_years_amount_for_the_resident()
    {
        var (resident, household, township) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var entry = PersonalAccountEntry.Credit(resident, household, township, 2008, 5_000, new DateOnly(2008, 1, 10), "第七条", At, "job:personal-accounts");

        Assert.Equal(
            (resident, household, township, 2008, PersonalAccountEntryKind.Credit, 5_000L, new DateOnly(2008, 1, 10), "第七条", At, "job:personal-accounts"),
            (entry.ResidentId, entry.HouseholdId, entry.TownshipId, entry.Year, entry.Kind, entry.AmountFen, entry.BookedOn, entry.Basis, entry.RecordedAt, entry.RecordedBy));
        Assert.NotEqual(Guid.Empty, entry.Id);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_credit_must_be_more_than_nothing(long amountFen)
    {
        var error = Assert.Throws<DomainException>(() =>
            PersonalAccountEntry.Credit(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 2008, amountFen, new DateOnly(2008, 1, 10), "第七条", At, "x"));
        Assert.Equal("个人账户划入金额必须大于零。", error.Message);
    }

    [Fact]
    public void A_credit_of_one_fen_is_booked()
    {
        Assert.Equal(1, PersonalAccountEntry.Credit(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 2008, 1, new DateOnly(2008, 1, 10), "第七条", At, "x").AmountFen);
    }

    [Fact]
    public void A_refund_takes_the_whole_balance_out_in_the_year_of_the_event()
    {
        var resident = Members.Member(Relationship.Head);
        (resident.TenantId, resident.HouseholdId, resident.TownshipId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var entry = PersonalAccountEntry.Refund(resident, 1, new DateOnly(2009, 3, 4), "第十一条", "死亡，退继承人", At, "clerk");

        Assert.Equal(
            (resident.TenantId, resident.Id, resident.HouseholdId, resident.TownshipId, 2009, PersonalAccountEntryKind.Refund, -1L, new DateOnly(2009, 3, 4)),
            (entry.TenantId, entry.ResidentId, entry.HouseholdId, entry.TownshipId, entry.Year, entry.Kind, entry.AmountFen, entry.BookedOn));
        Assert.Equal(("第十一条", "死亡，退继承人", At, "clerk"), (entry.Basis, entry.Note, entry.RecordedAt, entry.RecordedBy));
        Assert.NotEqual(Guid.Empty, entry.Id);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5_000)]
    public void There_is_nothing_to_refund_from_an_empty_account(long balanceFen)
    {
        var resident = Members.Member(Relationship.Head);

        var error = Assert.Throws<DomainException>(() => PersonalAccountEntry.Refund(resident, balanceFen, new DateOnly(2009, 3, 4), "第十一条", "", At, "x"));
        Assert.Equal("个人账户没有余额，无需退还。", error.Message);
        Assert.Throws<ArgumentNullException>(() => PersonalAccountEntry.Refund(null!, 5_000, new DateOnly(2009, 3, 4), "第十一条", "", At, "x"));
    }
}
