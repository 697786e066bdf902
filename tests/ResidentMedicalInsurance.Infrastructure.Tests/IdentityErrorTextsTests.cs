using System.Globalization;
using Microsoft.AspNetCore.Identity;
using ResidentMedicalInsurance.Infrastructure.Identity;

namespace ResidentMedicalInsurance.Infrastructure.Tests;

/// <summary>Identity's errors in the user's language: every one the describer offers, its code unchanged, the English without Chinese.</summary>
public sealed class IdentityErrorTextsTests
{
    private static readonly IEnumerable<System.Reflection.MethodInfo> Errors = typeof(IdentityErrorDescriber).GetMethods()
        .Where(m => m.IsVirtual && m.ReturnType == typeof(IdentityError));

    private static IdentityError Describe(System.Reflection.MethodInfo error) =>
        (IdentityError)error.Invoke(new PortalIdentityErrorDescriber(),
            error.GetParameters().Select(p => p.ParameterType == typeof(int) ? 12 : (object)"x9").ToArray())!;

    [Fact]
    public void Every_error_has_its_code_and_a_text_in_both_languages()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var error in Errors)
            {
                CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
                var chinese = Describe(error);
                CultureInfo.CurrentUICulture = new CultureInfo("en");
                var english = Describe(error);

                Assert.Equal((error.Name, error.Name), (chinese.Code, english.Code));
                Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", chinese.Description);
                Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", english.Description);
            }

            Assert.Equal("A password needs at least 12 characters.", Describe(typeof(IdentityErrorDescriber).GetMethod(nameof(IdentityErrorDescriber.PasswordTooShort))!).Description);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
