using System.Globalization;
using ResidentMedicalInsurance.Application.Features.Common;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Tests.Support;

namespace ResidentMedicalInsurance.Application.Tests.Common;

/// <summary>The validators' and handlers' messages in both languages: every key in both, English without Chinese, the culture read when the message is produced.</summary>
public sealed class MessagesTests
{
    [Fact]
    public void Every_message_exists_in_Chinese_and_English_and_the_English_has_no_Chinese()
    {
        ResourcePair.AssertComplete("Messages");
    }

    [Fact]
    public void A_validator_built_once_answers_in_the_language_of_the_moment()
    {
        // Built under zh-CN (the module initializer), validated under each language.
        var validator = new RegisterHouseholdValidator(new TestClock());
        var command = new RegisterHousehold { TownshipId = Guid.NewGuid(), Village = "一村", Address = "一号", HouseholdNumber = "" };
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            var english = validator.Validate(command).Errors.Single(e => e.PropertyName == nameof(RegisterHousehold.HouseholdNumber));
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            var chinese = validator.Validate(command).Errors.Single(e => e.PropertyName == nameof(RegisterHousehold.HouseholdNumber));

            Assert.Equal("Please enter the household number.", english.ErrorMessage);
            Assert.Equal("请填写户号。", chinese.ErrorMessage);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Text_rules_name_the_field_in_the_users_language()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            Assert.Equal("Name is too long: at most 2 characters, now 3.", TextRules.NameProblem("abc", Messages.Get("ResidentInput_NameField"), 2));
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            Assert.Equal("姓名过长：最多 2 个字，当前 3 个字。", TextRules.NameProblem("abc", Messages.Get("ResidentInput_NameField"), 2));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
