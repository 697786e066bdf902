using System.Globalization;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Policies;
using ResidentMedicalInsurance.Web.Components.Enrollments;
using ResidentMedicalInsurance.Web.Resources;

namespace ResidentMedicalInsurance.Web.Tests;

/// <summary>ADR 0046: the enrolment form builds its circumstance fields from the catalogue, typed by kind.</summary>
public sealed class CircumstanceFieldsTests : ComponentTest
{
    private static readonly DateOnly SampleDate = new(2020, 6, 30);
    private readonly IPolicyGateway policy;

    public CircumstanceFieldsTests()
    {
        policy = Services.GetRequiredService<IPolicyGateway>();
        Mediator.Respond<PreviewEnrollment, PolicyQuote>(r => new PolicyQuote { ProfileId = "p", QuotedFor = SampleDate, Basis = [] });
    }

    public static TheoryData<string> Profiles() => [.. PolicyCatalog.All.Select(p => p.Id)];

    private IRenderedComponent<EnrollPanel> RenderFor(string profileId)
    {
        var profile = PolicyCatalog.Find(profileId)!;
        return Render<EnrollPanel>(p => p
            .Add(x => x.Household, Clerk.Household(Clerk.Member("张建国")))
            .Add(x => x.Options, Clerk.Options(policy, profile.TenantCode, profileId)));
    }

    private static List<IElement> Fields(IRenderedComponent<EnrollPanel> cut) => [.. cut.FindAll("[data-testid^=circ-]")];

    private static string CodeOf(IElement field) => field.GetAttribute("data-testid")!["circ-".Length..];

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Form_offers_the_profiles_circumstances_each_typed_by_its_kind_under_the_notices_wording(string profileId)
    {
        var cut = RenderFor(profileId);
        var offered = PolicyCatalog.Find(profileId)!.Circumstances;

        var fields = Fields(cut);
        Assert.Equal(offered.Select(c => c.Code), fields.Select(CodeOf));
        foreach (var (field, c) in fields.Zip(offered))
        {
            var expected = c.Circumstance.Kind switch
            {
                CircumstanceKind.Flag => "checkbox",
                CircumstanceKind.Date => "date",
                _ => "number",
            };
            Assert.Equal(expected, field.GetAttribute("type"));
            Assert.Contains(c.Name, field.ParentElement!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_profiles_together_offer_exactly_the_catalogue()
    {
        var offered = PolicyCatalog.All.SelectMany(p => Fields(RenderFor(p.Id)).Select(CodeOf)).ToHashSet();

        Assert.Equal(Circumstance.All.Select(c => c.Code).Order(), offered.Order());
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Each_offered_field_reaches_its_stored_column(string profileId)
    {
        var cut = RenderFor(profileId);
        var expected = new EnrollmentCircumstances();
        foreach (var code in Fields(cut).Select(CodeOf).ToList())
        {
            var field = cut.Find($"[data-testid=circ-{code}]");
            expected = StoredCircumstance.All.Single(s => s.Code == code) switch
            {
                StoredCircumstance<bool> flag => Typed(() => field.Change(true), flag.With(expected, true)),
                StoredCircumstance<DateOnly?> date => Typed(() => field.Input("2020-06-30"), date.With(expected, SampleDate)),
                StoredCircumstance<int> number => Typed(() => field.Input("3"), number.With(expected, 3)),
                _ => throw new InvalidOperationException(code),
            };
        }

        cut.Find("[data-testid=enroll-preview]").Click();

        Assert.Equal(expected, Assert.Single(Mediator.SentOf<PreviewEnrollment>()).Input.Circumstances);
    }

    [Fact]
    public void Every_circumstance_has_an_English_label_and_the_English_form_shows_it()
    {
        var l = Services.GetRequiredService<IStringLocalizer<ClerkResource>>();
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        var english = Circumstance.All.ToDictionary(c => c.Code, c => l[$"Circumstance_{c.Code}"]);
        Assert.All(english.Values, s => Assert.False(s.ResourceNotFound, s.Name));

        var cut = RenderFor("shiquan-2021");

        Assert.All(Fields(cut), f => Assert.Contains(english[CodeOf(f)].Value, f.ParentElement!.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void The_zh_CN_labels_are_not_in_the_resources_but_in_the_catalogue_and_profiles()
    {
        var l = Services.GetRequiredService<IStringLocalizer<ClerkResource>>();

        Assert.All(Circumstance.All, c => Assert.True(l[$"Circumstance_{c.Code}"].ResourceNotFound, c.Code));
    }

    private static EnrollmentCircumstances Typed(Action type, EnrollmentCircumstances expected)
    {
        type();
        return expected;
    }
}
