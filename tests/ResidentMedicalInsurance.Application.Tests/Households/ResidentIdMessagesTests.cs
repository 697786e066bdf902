using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Residents;

namespace ResidentMedicalInsurance.Application.Tests.Households;

/// <summary>The Domain names what is wrong with an ID number; the Application words it in the user's language (ADR 0051).</summary>
public sealed class ResidentIdMessagesTests
{
    private static readonly DateOnly Today = new(2020, 3, 15);

    private static string BornOn(string yyyyMMdd) => "350426" + yyyyMMdd + "123" + ResidentIdNumber.ComputeCheckDigit("350426" + yyyyMMdd + "123");

    public static TheoryData<string, string, string> Chinese => new()
    {
        { "", "2020-03-15", "请输入居民身份证号码。" },
        { "1234", "2020-03-15", "居民身份证号码应为18位（旧版15位号码会自动升级），当前为4位，请核对是否漏输或多输。" },
        { "11010519491231002Y", "2020-03-15", "居民身份证号码第18位“Y”无效：前17位只能是数字，第18位只能是数字或X。" },
        { "000105194912310021", "2020-03-15", "居民身份证号码前两位“00”不是有效的省级行政区划代码，请核对。" },
        { "810105198001010014", "2020-03-15", "港澳台居民居住证号码前6位应为810000，当前为810105，请核对。" },
        { "350426199002301235", "2020-03-15", "居民身份证号码第7至14位的出生日期“19900230”不是有效日期，请核对。" },
        { "350426189912311235", "2020-03-15", "居民身份证号码中的出生日期1899-12-31早于1900年，请核对。" },
        { BornOn("20200316"), "2020-03-15", "居民身份证号码中的出生日期2020-03-16晚于今天（2020-03-15），请核对。" },
        { "110105194912310021", "2020-03-15", "居民身份证号码校验位不正确：按前17位计算，第18位应为X，当前为1，请核对是否有数字录错。" },
        { "32070380022912X", "2020-03-15", "15位旧身份证号码无法升级为18位：第15位“X”不是数字，旧号码只能由15位数字组成。请核对号码，或改用18位居民身份证号码。" },
        { "990703800229123", "2020-03-15", "15位旧身份证号码无法升级为18位：前两位“99”不是有效的省级行政区划代码。请核对号码，或改用18位居民身份证号码。" },
        { "320703810229123", "2020-03-15", "15位旧身份证号码无法升级为18位：第7至12位的出生日期“810229”（1981年）不是有效日期。请核对号码，或改用18位居民身份证号码。" },
        { "320703800102123", "1980-01-01", "15位旧身份证号码无法升级为18位：出生日期1980-01-02晚于今天（1980-01-01）。请核对号码，或改用18位居民身份证号码。" },
    };

    [Theory]
    [MemberData(nameof(Chinese))]
    public void Each_problem_reads_as_before_in_Chinese(string input, string today, string expected)
    {
        Assert.False(ResidentIdNumber.TryParse(input, DateOnly.ParseExact(today, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), out _, out var error));
        Assert.Equal(expected, ResidentIdMessages.Of(error));
    }

    [Fact]
    public void Each_problem_has_an_English_message_naming_its_facts()
    {
        using var english = new UiCulture("en");
        foreach (var problem in Enum.GetValues<ResidentIdProblem>())
        {
            var text = ResidentIdMessages.Of(new ResidentIdError(problem, "F1", "F2"));
            Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", text);
            if (problem != ResidentIdProblem.Empty)
            {
                Assert.Contains("F1", text, StringComparison.Ordinal);
            }
        }

        Assert.False(ResidentIdNumber.TryParse("110105194912310021", Today, out _, out var error));
        Assert.Equal("The check digit of the ID number is wrong: from the first 17 digits the 18th should be X, not 1. Check for a mistyped digit.",
            ResidentIdMessages.Of(error));
    }

    [Fact]
    public void The_resident_validator_words_the_problem_in_the_language_of_the_moment()
    {
        var validator = new ResidentInputValidator(new TestClock());
        var input = People.Person("郑一", "1234");

        using (new UiCulture("en"))
        {
            Assert.Contains("this one has 4", validator.Validate(input).Errors.Single(e => e.PropertyName == nameof(ResidentInput.IdNumber)).ErrorMessage);
        }

        Assert.Contains("当前为4位", validator.Validate(input).Errors.Single(e => e.PropertyName == nameof(ResidentInput.IdNumber)).ErrorMessage);
    }

    [Fact]
    public void Parsing_a_request_refuses_in_the_users_words()
    {
        using var english = new UiCulture("en");
        var refused = Assert.Throws<ResidentMedicalInsurance.Application.Abstractions.AppException>(() => ResidentIdMessages.Parse("", Today));
        Assert.Equal("Enter the resident ID number.", refused.Message);
        Assert.Equal("11010519491231002X", ResidentIdMessages.Parse("11010519491231002x", Today).Value);
    }
}
