using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Domain.Tenancy;
using static ResidentMedicalInsurance.Domain.Tests.Households.Members;

namespace ResidentMedicalInsurance.Domain.Tests.Residents;

/// <summary>Boundary days and codes of ID numbers, year order, and the guards of a resident's corrections.</summary>
public sealed class ResidentIdEdgeTests
{
    private static readonly DateOnly Today = new(2020, 3, 15);

    private static string WithCheckDigit(string first17) => first17 + ResidentIdNumber.ComputeCheckDigit(first17);

    private static ResidentIdError? ErrorOf(string input, DateOnly today)
    {
        ResidentIdNumber.TryParse(input, today, out _, out var error);
        return error;
    }

    // GB/T 2260 province ranges: first and last code of each range are provinces, the codes just outside are not.
    [Theory]
    [InlineData(11, true)]
    [InlineData(15, true)]
    [InlineData(16, false)]
    [InlineData(20, false)]
    [InlineData(21, true)]
    [InlineData(23, true)]
    [InlineData(24, false)]
    [InlineData(30, false)]
    [InlineData(31, true)]
    [InlineData(37, true)]
    [InlineData(38, false)]
    [InlineData(40, false)]
    [InlineData(41, true)]
    [InlineData(46, true)]
    [InlineData(47, false)]
    [InlineData(49, false)]
    [InlineData(50, true)]
    [InlineData(54, true)]
    [InlineData(55, false)]
    [InlineData(60, false)]
    [InlineData(61, true)]
    [InlineData(65, true)]
    [InlineData(66, false)]
    [InlineData(71, true)]
    public void Province_ranges_include_both_ends(int province, bool valid)
    {
        var input = WithCheckDigit($"{province}0102199001011234"[..17]);

        var error = ErrorOf(input, Today);

        Assert.Equal(valid, error is null);
        if (!valid)
        {
            Assert.Equal(ResidentIdProblem.InvalidProvince, error!.Problem);
        }
    }

    [Fact]
    public void Born_on_the_first_day_of_1900_is_valid()
        => Assert.Null(ErrorOf(WithCheckDigit("32070319000101001"), Today));

    [Fact]
    public void Year_1_is_a_date_before_1900_and_year_0_no_date()
    {
        Assert.Equal(ResidentIdProblem.BirthBefore1900, ErrorOf(WithCheckDigit("32070300010101001"), Today)!.Problem);
        Assert.Equal(ResidentIdProblem.InvalidBirthDate, ErrorOf(WithCheckDigit("32070300000101001"), Today)!.Problem);
    }

    [Fact]
    public void A_legacy_number_born_today_is_valid()
        => Assert.Null(ErrorOf("320703800102123", new DateOnly(1980, 1, 2)));

    [Fact]
    public void The_check_digit_needs_seventeen_digits()
    {
        Assert.Throws<ArgumentException>(() => ResidentIdNumber.ComputeCheckDigit("3207031990010100"));
        Assert.Throws<ArgumentException>(() => ResidentIdNumber.ComputeCheckDigit("3207031990010100A"));
    }

    [Fact]
    public void Errors_are_equal_only_with_the_same_problem_and_facts()
    {
        var error = new ResidentIdError(ResidentIdProblem.InvalidProvince, "99");

        Assert.Equal(new ResidentIdError(ResidentIdProblem.InvalidProvince, "99"), error);
        Assert.NotEqual(new ResidentIdError(ResidentIdProblem.LegacyInvalidProvince, "99"), error);
        Assert.NotEqual(new ResidentIdError(ResidentIdProblem.InvalidProvince, "98"), error);
        Assert.False(error.Equals(null));
    }

    [Fact]
    public void Years_order_strictly_and_inclusively()
    {
        var y2020 = new InsuranceYear(2020);
        var y2021 = new InsuranceYear(2021);
        var again = new InsuranceYear(2020);

        Assert.True(y2020 < y2021);
        Assert.False(y2020 < again);
        Assert.True(y2021 > y2020);
        Assert.False(y2020 > again);
        Assert.False(y2020 > y2021);
        Assert.True(y2020 <= again);
        Assert.True(y2020 <= y2021);
        Assert.False(y2021 <= y2020);
        Assert.True(y2020 >= again);
        Assert.True(y2021 >= y2020);
        Assert.False(y2020 >= y2021);
    }

    [Fact]
    public void A_correction_with_facts_records_them_and_one_without_keeps_the_old_ones()
    {
        var resident = Member();
        resident.Facts = new ResidentFacts { Employed = true, ResidentYears = 3 };

        resident.Correct(new ResidentDetails("王小", Relationship.Child, OtherDocumentKind.None, null, HukouKind.Local, StudentStatus.None, false, null));
        Assert.Equal(new ResidentFacts { Employed = true, ResidentYears = 3 }, resident.Facts);

        var facts = new ResidentFacts { InsuredElsewhere = true, PermitValidUntil = new DateOnly(2021, 6, 30) };
        resident.Correct(new ResidentDetails("王小", Relationship.Child, OtherDocumentKind.None, null, HukouKind.Local, StudentStatus.None, false, null, facts));
        Assert.Equal(facts, resident.Facts);
    }

    [Fact]
    public void Corrections_and_facts_are_required()
    {
        Assert.Throws<ArgumentNullException>(() => Member().Correct(null!));
        Assert.Throws<ArgumentNullException>(() => Member().Facts = null!);
        Assert.Equal("prefixes", Assert.Throws<ArgumentNullException>(() => TenantRegions.Contains(null!, "320703")).ParamName);
    }

    [Fact]
    public void A_refund_approved_with_a_blank_note_keeps_no_note()
    {
        var refund = new Refund { Id = Guid.NewGuid(), Status = RefundStatus.Pending };

        refund.Approve("county-youxi", new DateTimeOffset(2020, 3, 15, 9, 0, 0, TimeSpan.FromHours(8)), "  ");

        Assert.Null(refund.DecisionNote);
    }
}
