using ResidentMedicalInsurance.Application.Features.Auditing;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Auditing;

namespace ResidentMedicalInsurance.Application.Tests.Auditing;

/// <summary>Every audited action, record, operation, field, code and reveal purpose the log names has a text in both languages.</summary>
public sealed class AuditTextsTests
{
    private static IEnumerable<string> AllTexts() =>
        AuditLabels.Actions.Select(AuditLabels.Action)
            .Concat(AuditLabels.Entities.Select(AuditLabels.Entity))
            .Concat(Enum.GetValues<AuditOperation>().Select(AuditLabels.Operation))
            .Concat(AuditValues.Named.Select(AuditValues.Field))
            .Concat(AuditValues.NamedByRecord.Select(x => AuditValues.Field(x.Field, x.Entity)))
            .Concat(AuditValues.Codes.Keys.Select(c => AuditValues.Value("Any", c, new AuditNames(new Dictionary<Guid, string>(), new Dictionary<string, string>()))))
            .Concat(Enum.GetValues<RevealPurpose>().Select(RevealReason.Label));

    [Fact]
    public void Each_label_exists_in_Chinese_and_in_English()
    {
        Assert.All(AllTexts(), t => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", t));
        using (new UiCulture("en"))
        {
            Assert.All(AllTexts(), t => Assert.Matches(@"^[A-Za-z][^\p{IsCJKUnifiedIdeographs}]*$", t));
            Assert.Equal(("Yes", "Township", "Register household", "viewed"),
                (AuditValues.Value("Renewed", "True", new AuditNames(new Dictionary<Guid, string>(), new Dictionary<string, string>())),
                 AuditValues.Field("TownshipId"), AuditLabels.Action("RegisterHousehold"), AuditLabels.Operation(AuditOperation.Revealed)));
        }

        Assert.Equal(("SomethingNew", "MigrantWorker"), (AuditLabels.Action("SomethingNew"), AuditValues.Field("Circumstances.MigrantWorker")));
    }
}

/// <summary>The audit log names every field it stores: a new record's fields need a text before they reach the log.</summary>
public sealed class AuditedFieldsTests
{
    public static TheoryData<string> AuditedRecords() =>
        new(typeof(Domain.Auditing.AuditEntry).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Domain.Tenancy.ITenantOwned).IsAssignableFrom(t)
                && !typeof(Domain.Auditing.INotAudited).IsAssignableFrom(t) && t != typeof(AuditEntry))
            .Select(t => t.Name).Order());

    [Theory]
    [MemberData(nameof(AuditedRecords))]
    public void Each_stored_field_of_an_audited_record_has_a_name_in_the_log(string record)
    {
        var type = typeof(AuditEntry).Assembly.GetTypes().Single(t => t.Name == record && typeof(Domain.Tenancy.ITenantOwned).IsAssignableFrom(t));
        var unnamed = type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(p => p.CanWrite && IsStoredValue(p.PropertyType) && AuditValues.Shown(p.Name))
            .Where(p => !AuditValues.Named.Contains(p.Name) && !AuditValues.NamedByRecord.Contains((record, p.Name)))
            .Select(p => p.Name).ToList();
        Assert.True(unnamed.Count == 0, $"{record}: {string.Join(", ", unnamed)} have no AuditField_ text (AuditValues.Named).");
    }

    [Theory]
    [MemberData(nameof(AuditedRecords))]
    public void Each_stored_code_of_an_audited_record_has_a_label_in_the_log(string record)
    {
        var type = typeof(AuditEntry).Assembly.GetTypes().Single(t => t.Name == record && typeof(Domain.Tenancy.ITenantOwned).IsAssignableFrom(t));
        var unlabelled = type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Select(p => Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType)
            .Where(t => t.IsEnum && !t.IsDefined(typeof(FlagsAttribute), false))
            .SelectMany(Enum.GetNames)
            .Where(code => !AuditValues.Codes.ContainsKey(code))
            .Distinct().ToList();
        Assert.True(unlabelled.Count == 0, $"{record}: codes {string.Join(", ", unlabelled)} have no label (AuditValues.Codes).");
    }

    private static bool IsStoredValue(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(Guid)
            || t == typeof(DateOnly) || t == typeof(DateTimeOffset) || t == typeof(DateTime) || t == typeof(TimeOnly);
    }
}
