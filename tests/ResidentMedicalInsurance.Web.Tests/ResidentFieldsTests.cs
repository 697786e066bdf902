using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Web.Components.Households;
using Microsoft.Extensions.DependencyInjection;

namespace ResidentMedicalInsurance.Web.Tests;

public sealed class ResidentFieldsTests : ComponentTest
{
    private readonly ClerkOptions options;
    private readonly ResidentForm model = new();

    public ResidentFieldsTests() => options = Clerk.Options(Services.GetRequiredService<IPolicyGateway>());

    /// <summary>An 18-digit number with its correct check digit.</summary>
    private static string Id(string first17) => first17 + ResidentIdNumber.ComputeCheckDigit(first17);

    private IRenderedComponent<ResidentFields> RenderFields(string prefix = "resident", bool relationship = false, bool autoFocus = false) =>
        Render<ResidentFields>(p => p
            .Add(x => x.Model, model)
            .Add(x => x.Options, options)
            .Add(x => x.Prefix, prefix)
            .Add(x => x.Legend, "户主信息")
            .Add(x => x.ShowRelationship, relationship)
            .Add(x => x.AutoFocus, autoFocus));

    private static void TypeId(IRenderedComponent<ResidentFields> cut, string id, string prefix = "resident")
    {
        cut.Find($"#{prefix}-id").Input(id);
        cut.Find($"#{prefix}-id").Blur();
    }

    [Fact]
    public void Resident_fields_read_birth_date_and_sex_from_the_id_number_on_leaving_the_field()
    {
        var cut = RenderFields();

        TypeId(cut, Id("32070320100501123"));

        Assert.Equal("出生日期：2010年5月1日　性别：男", cut.Find("[data-testid=resident-id-facts]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=resident-id-problem]"));
    }

    [Theory]
    [InlineData("王\u202E明")] // right-to-left override
    [InlineData("王\u200B明")] // zero-width space
    [InlineData("王明\U000E0041")] // tag character (outside the BMP)
    public void Resident_fields_say_beside_the_name_that_invisible_format_characters_are_refused(string name)
    {
        var cut = RenderFields();

        cut.Find("#resident-name").Input(name);

        Assert.Equal("姓名含有不可见的格式字符（如文字方向控制符、零宽字符），请删除后重新输入。",
            cut.Find("[data-testid=resident-name-problem]").TextContent);
        cut.Find("#resident-name").Input("王明");
        Assert.Empty(cut.FindAll("[data-testid=resident-name-problem]"));
    }

    [Fact]
    public void Resident_fields_read_female_from_an_even_17th_digit()
    {
        var cut = RenderFields();

        TypeId(cut, Id("32070319850203124"));

        Assert.Equal("出生日期：1985年2月3日　性别：女", cut.Find("[data-testid=resident-id-facts]").TextContent);
    }

    [Fact]
    public void Resident_fields_show_a_wrong_check_digit_beside_the_field_with_the_expected_digit()
    {
        var cut = RenderFields();
        var good = Id("32070320100501123");
        var wrong = good[17] == '0' ? '1' : '0';

        TypeId(cut, good[..17] + wrong);

        var problem = cut.Find("[data-testid=resident-id-problem]");
        Assert.Contains("rmi-field-error", problem.ClassList);
        Assert.Equal(
            $"居民身份证号码校验位不正确：按前17位计算，第18位应为{good[17]}，当前为{wrong}，请核对是否有数字录错。",
            problem.TextContent);
        Assert.Empty(cut.FindAll("[data-testid=resident-id-facts]"));
    }

    [Fact]
    public void Resident_fields_say_how_many_digits_were_typed_when_the_length_is_wrong()
    {
        var cut = RenderFields();

        TypeId(cut, "3207032010050112");

        Assert.Equal(
            "居民身份证号码应为18位（旧版15位号码会自动升级），当前为16位，请核对是否漏输或多输。",
            cut.Find("[data-testid=resident-id-problem]").TextContent);
    }

    [Fact]
    public void Resident_fields_refuse_a_birth_date_after_the_business_date()
    {
        var cut = RenderFields();

        TypeId(cut, Id("32070320201201123"));

        Assert.Equal(
            "居民身份证号码中的出生日期2020-12-01晚于今天（2020-11-16），请核对。",
            cut.Find("[data-testid=resident-id-problem]").TextContent);
    }

    [Fact]
    public void Resident_fields_replace_the_problem_by_the_facts_once_the_number_is_corrected()
    {
        var cut = RenderFields();
        TypeId(cut, "320703");
        Assert.Single(cut.FindAll("[data-testid=resident-id-problem]"));

        TypeId(cut, Id("32070320100501123"));

        Assert.Empty(cut.FindAll("[data-testid=resident-id-problem]"));
        Assert.Single(cut.FindAll("[data-testid=resident-id-facts]"));
    }

    [Fact]
    public void Resident_fields_do_not_judge_an_id_number_before_the_clerk_leaves_the_field()
    {
        var cut = RenderFields();

        cut.Find("#resident-id").Input("3207");

        Assert.Empty(cut.FindAll("[data-testid=resident-id-problem]"));
        Assert.Equal("3207", model.IdNumber);
    }

    [Fact]
    public void Resident_fields_clear_the_message_when_the_number_is_erased()
    {
        var cut = RenderFields();
        TypeId(cut, "320703");

        TypeId(cut, "");

        Assert.Empty(cut.FindAll("[data-testid=resident-id-problem]"));
        Assert.Empty(cut.FindAll("[data-testid=resident-id-facts]"));
    }

    [Fact]
    public void Resident_fields_write_what_is_typed_and_chosen_into_the_form()
    {
        var cut = RenderFields(relationship: true);

        cut.Find("#resident-name").Input("张建国");
        cut.Find("#resident-relationship").Change(nameof(Relationship.Spouse));
        cut.Find("#resident-hukou").Change(options.HukouKinds[^1].Code);
        cut.Find("#resident-student").Change(options.StudentStatuses[^1].Code);
        cut.Find("#resident-document").Change(options.OtherDocuments[^1].Code);
        cut.Find("#resident-document-number").Input("H12345678");
        cut.Find("#resident-employee").Change(true);
        cut.Find("#resident-phone").Input("13800000000");

        var input = model.ToInput();
        Assert.Equal("张建国", input.Name);
        Assert.Equal(Relationship.Spouse, input.Relationship);
        Assert.Equal(Enum.Parse<HukouKind>(options.HukouKinds[^1].Code), input.Hukou);
        Assert.Equal(Enum.Parse<StudentStatus>(options.StudentStatuses[^1].Code), input.Student);
        Assert.Equal(Enum.Parse<OtherDocumentKind>(options.OtherDocuments[^1].Code), input.OtherDocument);
        Assert.Equal("H12345678", input.OtherDocumentNumber);
        Assert.True(input.EmployeeInsurance);
        Assert.Equal("13800000000", input.Phone);
    }

    [Fact]
    public void Resident_fields_offer_every_relationship_but_head_for_a_member()
    {
        var cut = RenderFields(relationship: true);

        var offered = cut.FindAll("#resident-relationship option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(
            Enum.GetValues<Relationship>().Where(r => r != Relationship.Head).Select(r => r.ToString()),
            offered);
        Assert.DoesNotContain(cut.FindAll("#resident-relationship option"), o => o.TextContent == "户主");
    }

    [Fact]
    public void Resident_fields_of_the_head_ask_no_relationship()
    {
        var cut = RenderFields();

        Assert.Empty(cut.FindAll("#resident-relationship"));
        Assert.Equal("户主信息", cut.Find("legend").TextContent);
    }

    [Fact]
    public void Resident_fields_prefix_their_ids_and_labels_so_two_forms_can_share_a_page()
    {
        var cut = RenderFields(prefix: "member");

        TypeId(cut, "1", prefix: "member");

        Assert.Empty(cut.FindAll("#resident-name"));
        Assert.Equal("member-name", cut.Find("label[for=member-name] + span > input").Id);
        Assert.Equal("姓名", cut.Find("label[for=member-name]").TextContent);
        Assert.Single(cut.FindAll("[data-testid=member-id-problem]"));
    }

    [Fact]
    public void Resident_fields_put_the_cursor_on_the_name_only_when_asked()
    {
        var cut = RenderFields(autoFocus: true);

        JSInterop.VerifyFocusAsyncInvoke().Arguments[0].ShouldBeElementReferenceTo(cut.Find("#resident-name"));
    }

    [Fact]
    public void Resident_fields_leave_the_cursor_alone_by_default()
    {
        RenderFields();

        Assert.Empty(JSInterop.Invocations);
    }
}

/// <summary>Enter on one of the lists saves the form, as Enter in a text field does; other keys do nothing.</summary>
public sealed class ResidentFieldsEnterTests : ComponentTest
{
    [Theory]
    [InlineData("relationship")]
    [InlineData("hukou")]
    [InlineData("student")]
    [InlineData("document")]
    public void Enter_on_a_list_saves_and_other_keys_do_not(string list)
    {
        var saves = 0;
        var cut = Render<ResidentFields>(p => p
            .Add(x => x.Model, new ResidentForm())
            .Add(x => x.Options, Clerk.Options(Services.GetRequiredService<IPolicyGateway>()))
            .Add(x => x.Prefix, "member")
            .Add(x => x.ShowRelationship, true)
            .Add(x => x.OnEnter, () => saves++));

        cut.Find($"#member-{list}").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "ArrowDown" });
        Assert.Equal(0, saves);
        cut.Find($"#member-{list}").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
        Assert.Equal(1, saves);
    }
}

/// <summary>The server's messages stand beside their fields and report a change of that field.</summary>
public sealed class ResidentFieldsServerMessageTests : ComponentTest
{
    [Fact]
    public void A_server_message_stands_beside_its_field_and_a_change_reports_the_fields_path()
    {
        var changed = new List<string>();
        var cut = Render<ResidentFields>(p => p
            .Add(x => x.Model, new ResidentForm())
            .Add(x => x.Options, Clerk.Options(Services.GetRequiredService<IPolicyGateway>()))
            .Add(x => x.Prefix, "member")
            .Add(x => x.ErrorPath, "Member")
            .Add(x => x.Errors, new Dictionary<string, string> { ["Member.Phone"] = "电话只能包含数字和连字符。", ["Head.Phone"] = "不是这一位的" })
            .Add(x => x.OnFieldChanged, (string path) => changed.Add(path)));

        Assert.Equal("电话只能包含数字和连字符。", cut.Find("[data-testid=member-phone-problem]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=member-name-problem]"));

        cut.Find("#member-phone").Input("13800000000");

        Assert.Equal(["Member.Phone"], changed);
    }
}

