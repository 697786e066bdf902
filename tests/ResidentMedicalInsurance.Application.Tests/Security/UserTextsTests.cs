using ResidentMedicalInsurance.Application.Features.Users;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Application.Tests.Support;

namespace ResidentMedicalInsurance.Application.Tests.Security;

/// <summary>User management in the user's language: the roles' names and the new-user form's messages.</summary>
public sealed class UserTextsTests
{
    [Fact]
    public void Roles_are_named_in_the_users_language()
    {
        Assert.Equal(["乡镇经办员", "县医保局工作人员", "主管领导", "系统管理员"], Roles.All.Select(Roles.Label));
        using (new UiCulture("en"))
        {
            Assert.Equal(["Township clerk", "County staff", "Supervisor", "Administrator"], Roles.All.Select(Roles.Label));
        }

        Assert.Equal("Auditor", Roles.Label("Auditor"));
    }

    [Fact]
    public void A_new_users_problems_are_told_in_the_language_of_the_moment()
    {
        var validator = new CreateUserValidator();
        var blank = new CreateUser("", "", " ", []);
        var clerk = new CreateUser(Roles.Clerk, "zhang san", "张三", []);

        using (new UiCulture("en"))
        {
            Assert.Equal(["Choose a role: township clerk, county staff or supervisor.", "Enter a user name.", "Name is required."],
                validator.Validate(blank).Errors.Select(e => e.ErrorMessage));
            Assert.Equal(["A user name may contain only letters, digits and - . _ @ +.", "Bind a clerk to at least one township."],
                validator.Validate(clerk).Errors.Select(e => e.ErrorMessage));
        }

        Assert.Equal(["用户名只能包含字母、数字和 - . _ @ +。", "经办员至少要绑定一个乡镇。"], validator.Validate(clerk).Errors.Select(e => e.ErrorMessage));
    }
}
