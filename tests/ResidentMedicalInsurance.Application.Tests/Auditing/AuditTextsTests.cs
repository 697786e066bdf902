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
