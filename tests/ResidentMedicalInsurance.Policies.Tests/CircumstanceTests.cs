using System.Reflection;

namespace ResidentMedicalInsurance.Policies.Tests;

/// <summary>policy-spec section 2: the circumstance catalogue is the one definition of the engine's circumstances (ADR 0046).</summary>
public class CircumstanceTests
{
    private static readonly DateOnly SampleDate = new(2020, 6, 30);

    [Fact]
    public void Section2_EveryCircumstanceOfTheRecord_HasOneDescriptorNamedAfterIt()
    {
        var properties = typeof(Circumstances).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name);

        Assert.Equal(properties.Order(), Circumstance.All.Select(c => char.ToUpperInvariant(c.Code[0]) + c.Code[1..]).Order());
        Assert.Equal(Circumstance.All.Count, Circumstance.All.Select(c => c.Code).Distinct().Count());
    }

    [Fact]
    public void Section2_EachDescriptor_SetsAndReadsOnlyItsOwnValue()
    {
        foreach (var circumstance in Circumstance.All)
        {
            var set = WithSample(Circumstances.None, circumstance);

            Assert.NotEqual(Circumstances.None, set);
            Assert.Equal([circumstance], Circumstance.All.Where(c => !HasDefault(set, c)));
        }
    }

    [Fact]
    public void Section2_KindMatchesTheValueType_AndOnlyNumbersHaveAUnit()
    {
        foreach (var circumstance in Circumstance.All)
        {
            var expected = circumstance switch
            {
                Circumstance<bool> => CircumstanceKind.Flag,
                Circumstance<DateOnly?> => CircumstanceKind.Date,
                Circumstance<int> => CircumstanceKind.Number,
                _ => throw new InvalidOperationException($"{circumstance.Code}: no kind holds its type"),
            };
            Assert.Equal(expected, circumstance.Kind);
            Assert.Equal(circumstance.Kind == CircumstanceKind.Number, circumstance.Unit is not null);
            Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}", circumstance.Label);
        }
    }

    [Fact]
    public void Section2_FindByCode_IsOrdinal()
    {
        Assert.Same(Circumstance.MigrantWorker, Circumstance.Find("migrantWorker"));
        Assert.Null(Circumstance.Find("MigrantWorker"));
    }

    [Fact]
    public void Section1_ProfilesOfferCatalogueCircumstances_EachOnceWithANoticeName()
    {
        foreach (var profile in PolicyCatalog.All)
        {
            Assert.All(profile.Circumstances, c => Assert.Contains(c.Circumstance, Circumstance.All));
            Assert.All(profile.Circumstances, c => Assert.False(string.IsNullOrWhiteSpace(c.Name)));
            Assert.Equal(profile.Circumstances.Count, profile.Circumstances.Select(c => c.Code).Distinct().Count());
        }
    }

    /// <summary>The circumstance set to true, 2020-06-30 or 3 on <paramref name="on"/>.</summary>
    internal static Circumstances WithSample(Circumstances on, Circumstance circumstance) => circumstance switch
    {
        Circumstance<bool> flag => flag.With(on, true),
        Circumstance<DateOnly?> date => date.With(on, SampleDate),
        Circumstance<int> number => number.With(on, 3),
        _ => throw new InvalidOperationException(circumstance.Code),
    };

    private static bool HasDefault(Circumstances on, Circumstance circumstance) => circumstance switch
    {
        Circumstance<bool> flag => !flag.Get(on),
        Circumstance<DateOnly?> date => date.Get(on) is null,
        Circumstance<int> number => number.Get(on) == 0,
        _ => throw new InvalidOperationException(circumstance.Code),
    };
}
