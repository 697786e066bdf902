using ResidentMedicalInsurance.Domain.Residents;

namespace ResidentMedicalInsurance.Domain.Tests.Residents;

public sealed class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2020, 3, 15);

    private static ResidentIdNumber Valid(string input)
    {
        Assert.True(ResidentIdNumber.TryParse(input, Today, out var id, out var error), error?.ToString());
        Assert.Null(error);
        return id;
    }

    private static ResidentIdError Error(string? input, DateOnly? today = null)
    {
        Assert.False(ResidentIdNumber.TryParse(input, today ?? Today, out var id, out var error));
        Assert.Equal(default, id);
        return error;
    }

    [Fact]
    public void Well_known_example_is_valid_with_derived_fields()
    {
        var id = Valid("11010519491231002X");

        Assert.Equal("11010519491231002X", id.Value);
        Assert.Equal(new DateOnly(1949, 12, 31), id.BirthDate);
        Assert.Equal(Sex.Female, id.Sex);
        Assert.Equal("110105", id.RegionCode);
        Assert.Equal("110105********002X", id.Masked);
        Assert.Equal("11010519491231002X", id.ToString());
    }

    [Theory]
    [InlineData("350426199001011235", "1990-01-01", Sex.Male, "350426")]
    [InlineData("441304198001015679", "1980-01-01", Sex.Male, "441304")]
    [InlineData("320703190003010012", "1900-03-01", Sex.Male, "320703")]
    [InlineData("810000198001010014", "1980-01-01", Sex.Male, "810000")]
    [InlineData("830000199511200027", "1995-11-20", Sex.Female, "830000")]
    [InlineData("710000197001010032", "1970-01-01", Sex.Male, "710000")]
    public void Valid_numbers_give_birth_date_sex_and_region(string input, string birth, Sex sex, string region)
    {
        var id = Valid(input);

        Assert.Equal(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), id.BirthDate);
        Assert.Equal(sex, id.Sex);
        Assert.Equal(region, id.RegionCode);
    }

    [Theory]
    [InlineData("  11010519491231002X ")]
    [InlineData("\u300011010519491231002X\u3000")]
    [InlineData("11010519491231002x")]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ")]
    [InlineData("１１０１０５１９４９１２３１００２ｘ")]
    public void Input_is_normalised(string input)
    {
        Assert.Equal("11010519491231002X", Valid(input).Value);
    }

    [Fact]
    public void Leap_day_is_valid_in_leap_years()
    {
        Assert.Equal(new DateOnly(2000, 2, 29), Valid("320703200002290012").BirthDate);
        Assert.Equal(new DateOnly(1980, 2, 29), Valid("320703198002291234").BirthDate);
    }

    [Theory]
    [InlineData("320703201902290015", "20190229")]
    [InlineData("320703190002290012", "19000229")] // 1900 is not a leap year
    public void Leap_day_in_a_common_year_is_rejected(string input, string digits)
    {
        Assert.Equal(new(ResidentIdProblem.InvalidBirthDate, digits), Error(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_input(string? input)
    {
        Assert.Equal(new(ResidentIdProblem.Empty), Error(input));
    }

    [Theory]
    [InlineData("1234", 4)]
    [InlineData("11010519491231002", 17)]
    [InlineData("11010519491231002X1", 19)]
    [InlineData("1101051949123", 13)]
    public void Wrong_length(string input, int length)
    {
        Assert.Equal(new(ResidentIdProblem.WrongLength, length.ToString(System.Globalization.CultureInfo.InvariantCulture)), Error(input));
    }

    [Theory]
    [InlineData("11010519491231002Y", 18, 'Y')]
    [InlineData("1101051949123100x2", 17, 'x')]
    [InlineData("1101O5194912310021", 5, 'O')]
    [InlineData("110105 19491231002", 7, ' ')]
    [InlineData("-10105194912310021", 1, '-')]
    public void Illegal_characters_name_the_position(string input, int position, char c)
    {
        Assert.Equal(new(ResidentIdProblem.IllegalCharacter, position.ToString(System.Globalization.CultureInfo.InvariantCulture), c.ToString()), Error(input));
    }

    [Theory]
    [InlineData("000105194912310021", "00")]
    [InlineData("160105194912310021", "16")]
    [InlineData("240105194912310021", "24")]
    [InlineData("470105194912310021", "47")]
    [InlineData("660105194912310021", "66")]
    [InlineData("720105194912310021", "72")]
    [InlineData("910105194912310021", "91")]
    public void Invalid_province_code(string input, string code)
    {
        Assert.Equal(new(ResidentIdProblem.InvalidProvince, code), Error(input));
    }

    [Theory]
    [InlineData("810105198001010014", "810000", "810105")]
    [InlineData("820001198001010014", "820000", "820001")]
    [InlineData("831000198001010014", "830000", "831000")]
    public void Residence_permit_region_must_be_the_fixed_code(string input, string expected, string actual)
    {
        Assert.Equal(new(ResidentIdProblem.InvalidPermitRegion, expected, actual), Error(input));
    }

    [Theory]
    [InlineData("350426199002301235", "19900230")]
    [InlineData("350426199013011235", "19901301")]
    [InlineData("350426199000011235", "19900001")]
    [InlineData("350426199004311235", "19900431")]
    [InlineData("350426000001011235", "00000101")]
    public void Non_existent_birth_date(string input, string digits)
    {
        Assert.Equal(new(ResidentIdProblem.InvalidBirthDate, digits), Error(input));
    }

    [Fact]
    public void Birth_date_before_1900()
    {
        Assert.Equal(new(ResidentIdProblem.BirthBefore1900, "1899-12-31"), Error("350426189912311235"));
    }

    [Fact]
    public void Birth_date_after_today()
    {
        // 20200316 with a correct check digit: only the date is wrong.
        var input = "35042620200316123" + ResidentIdNumber.ComputeCheckDigit("35042620200316123");
        Assert.Equal(new(ResidentIdProblem.BirthInFuture, "2020-03-16", "2020-03-15"), Error(input));
    }

    [Fact]
    public void Born_today_is_valid()
    {
        var input = "35042620200315123" + ResidentIdNumber.ComputeCheckDigit("35042620200315123");
        Assert.Equal(Today, Valid(input).BirthDate);
    }

    [Theory]
    [InlineData("110105194912310021", 'X', '1')]
    [InlineData("350426199001011230", '5', '0')]
    [InlineData("35042619900101123X", '5', 'X')]
    public void Wrong_check_digit_says_which_was_expected(string input, char expected, char actual)
    {
        Assert.Equal(new(ResidentIdProblem.WrongCheckDigit, expected.ToString(), actual.ToString()), Error(input));
    }

    [Fact]
    public void Any_single_digit_typo_is_rejected()
    {
        const string valid = "350426199001011235";
        for (var position = 0; position < 18; position++)
        {
            foreach (var digit in "0123456789X")
            {
                if (digit == valid[position] || (digit == 'X' && position < 17))
                {
                    continue;
                }

                var typo = string.Concat(valid.AsSpan(0, position), digit.ToString(), valid.AsSpan(position + 1));
                Assert.False(ResidentIdNumber.TryParse(typo, Today, out _, out _), typo);
            }
        }
    }

    [Theory]
    [InlineData("11010519491231002", 'X')]
    [InlineData("35042619900101123", '5')]
    [InlineData("32070320000229001", '2')]
    [InlineData("81000019800101001", '4')]
    public void Check_digit_is_iso_7064_mod_11_2(string first17, char expected)
    {
        Assert.Equal(expected, ResidentIdNumber.ComputeCheckDigit(first17));
    }

    [Theory]
    [InlineData("110105491231002", "11010519491231002X", "1949-12-31", Sex.Female)]
    [InlineData("320703800229123", "320703198002291234", "1980-02-29", Sex.Male)]
    [InlineData(" １１０１０５４９１２３１００２ ", "11010519491231002X", "1949-12-31", Sex.Female)]
    public void Legacy_15_digit_numbers_are_upgraded(string input, string upgraded, string birth, Sex sex)
    {
        var id = Valid(input);

        Assert.Equal(upgraded, id.Value);
        Assert.Equal(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), id.BirthDate);
        Assert.Equal(sex, id.Sex);
        Assert.Equal(Valid(upgraded), id);
    }

    [Fact]
    public void Legacy_with_a_letter_is_rejected()
    {
        Assert.Equal(new(ResidentIdProblem.LegacyIllegalCharacter, "15", "X"), Error("32070380022912X"));
    }

    [Fact]
    public void Legacy_with_an_invalid_province_is_rejected()
    {
        Assert.Equal(new(ResidentIdProblem.LegacyInvalidProvince, "99"), Error("990703800229123"));
    }

    [Theory]
    [InlineData("320703810229123", "810229", "81")] // 1981 is a common year
    [InlineData("320703801301123", "801301", "80")]
    public void Legacy_with_an_invalid_birth_date_is_rejected(string input, string digits, string yy)
    {
        Assert.Equal(new(ResidentIdProblem.LegacyInvalidBirthDate, digits, "19" + yy), Error(input));
    }

    [Fact]
    public void Legacy_born_after_today_is_rejected()
    {
        Assert.Equal(new(ResidentIdProblem.LegacyBirthInFuture, "1980-01-02", "1980-01-01"), Error("320703800102123", new DateOnly(1980, 1, 1)));
    }

    [Fact]
    public void Parse_throws_a_format_exception_naming_the_problem()
    {
        var ex = Assert.Throws<FormatException>(() => ResidentIdNumber.Parse("110105194912310021", Today));
        Assert.Equal("Not a valid resident ID number: WrongCheckDigit(X, 1).", ex.Message);
        Assert.Equal("11010519491231002X", ResidentIdNumber.Parse("11010519491231002x", Today).Value);
    }

    [Fact]
    public void FromStorage_skips_only_the_future_check()
    {
        var future = "35042630000101123" + ResidentIdNumber.ComputeCheckDigit("35042630000101123");
        Assert.Equal(new DateOnly(3000, 1, 1), ResidentIdNumber.FromStorage(future).BirthDate);
        Assert.Throws<FormatException>(() => ResidentIdNumber.FromStorage("110105194912310021"));
    }

    [Theory]
    [InlineData("2018-02-28", 17)]
    [InlineData("2018-03-01", 18)]
    [InlineData("2020-02-28", 19)]
    [InlineData("2020-02-29", 20)]
    [InlineData("2000-02-29", 0)]
    public void Age_counts_a_leap_day_birthday_from_march_first_in_common_years(string on, int age)
    {
        var id = Valid("320703200002290012");
        Assert.Equal(age, id.AgeOn(DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Equality_is_by_value()
    {
        Assert.Equal(Valid("11010519491231002X"), Valid(" 11010519491231002x"));
        Assert.NotEqual(Valid("11010519491231002X"), Valid("350426199001011235"));
        Assert.Equal(Valid("11010519491231002X").GetHashCode(), Valid("11010519491231002x").GetHashCode());
    }
}
