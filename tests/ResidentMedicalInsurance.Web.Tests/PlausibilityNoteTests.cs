using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Web.Components.Households;
using Microsoft.Extensions.DependencyInjection;

namespace ResidentMedicalInsurance.Web.Tests;

/// <summary>Issue 12: plausibility notes beside the resident fields, amber notes that do not block saving.</summary>
public sealed class PlausibilityNoteTests : ComponentTest
{
    private readonly ClerkOptions options;
    private readonly ResidentForm model = new();

    public PlausibilityNoteTests() => options = Clerk.Options(Services.GetRequiredService<IPolicyGateway>());

    private static string Id(string region, string birth, string sequence = "123")
    {
        var first17 = region + birth + sequence;
        return first17 + ResidentIdNumber.ComputeCheckDigit(first17);
    }

    private IRenderedComponent<ResidentFields> RenderMember(int? headBirthYear = 1980) =>
        Render<ResidentFields>(p => p
            .Add(x => x.Model, model)
            .Add(x => x.Options, options)
            .Add(x => x.Prefix, "member")
            .Add(x => x.ShowRelationship, true)
            .Add(x => x.HeadBirthYear, headBirthYear));

    private static void TypeId(IRenderedComponent<ResidentFields> cut, string id)
    {
        cut.Find("#member-id").Input(id);
        cut.Find("#member-id").Blur();
    }

    [Fact]
    public void A_local_hukou_with_an_id_number_from_another_county_gets_a_note_beside_hukou_not_an_error()
    {
        var cut = RenderMember();

        TypeId(cut, Id("350426", "19850203"));

        var note = cut.Find("[data-testid=member-hukou-note]");
        Assert.Equal("身份证号前6位（350426）不是连云港市的行政区划代码，请核对户籍是否为本地户籍。", note.TextContent);
        Assert.Contains("rmi-field-warning", note.ClassList);
        Assert.Empty(cut.FindAll(".rmi-field-error"));

        cut.Find("#member-hukou").Change(nameof(Domain.Households.HukouKind.NonLocal));
        Assert.Empty(cut.FindAll("[data-testid=member-hukou-note]"));
    }

    [Theory]
    [InlineData("320703")] // 海州区 (a district of the city)
    [InlineData("320721")] // 赣榆县, the code before it became 赣榆区
    public void A_local_hukou_with_a_number_from_the_tenants_area_gets_no_note(string region)
    {
        var cut = RenderMember();

        TypeId(cut, Id(region, "19850203"));

        Assert.Empty(cut.FindAll("[data-testid=member-hukou-note]"));
    }

    [Fact]
    public void A_child_born_before_the_head_gets_a_note_beside_the_relationship_that_goes_with_another_relationship()
    {
        var cut = RenderMember(headBirthYear: 1980);

        TypeId(cut, Id("320703", "19750203"));
        cut.Find("#member-relationship").Change(nameof(Domain.Households.Relationship.Child));

        Assert.Equal("与户主关系为子女，但出生年份（1975年）早于户主（1980年），请核对。",
            cut.Find("[data-testid=member-relationship-note]").TextContent);

        cut.Find("#member-relationship").Change(nameof(Domain.Households.Relationship.Sibling));
        Assert.Empty(cut.FindAll("[data-testid=member-relationship-note]"));
    }

    [Theory]
    [InlineData("19800101", 1980)] // the same year: by year only, not flagged
    [InlineData("20100501", 1980)]
    [InlineData("19750203", null)] // no head known (the head's own form)
    public void A_child_not_born_in_an_earlier_year_than_the_head_gets_no_note(string birth, int? headBirthYear)
    {
        var cut = RenderMember(headBirthYear);

        TypeId(cut, Id("320703", birth));

        Assert.Empty(cut.FindAll("[data-testid=member-relationship-note]"));
    }
}
