using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Tenancy;

namespace ResidentMedicalInsurance.Application.Features.Households;

/// <summary>
/// What looks unlikely in a resident's details but may be true (a note beside the field for the clerk to
/// look at again; saving is not refused): 本地户籍 with an ID number issued elsewhere, a child born before the head.
/// </summary>
public static class Plausibility
{
    /// <summary>本地户籍 while the ID number's first six digits are not among the tenant's region codes.</summary>
    public static string? HukouNote(HukouKind hukou, string regionCode, IReadOnlyList<string> tenantRegions, string tenantName)
    {
        ArgumentNullException.ThrowIfNull(tenantRegions);
        return hukou == HukouKind.Local && tenantRegions.Count > 0 && !TenantRegions.Contains(tenantRegions, regionCode)
            ? $"身份证号前6位（{regionCode}）不是{tenantName}的行政区划代码，请核对户籍是否为本地户籍。"
            : null;
    }

    /// <summary>
    /// A child (子女、儿媳/女婿、孙子女) born in an earlier year than the head. By year only: that is what
    /// stands next to a masked ID number (ADR 0042); a child born in the head's year is not flagged.
    /// </summary>
    public static string? RelationshipNote(Relationship relationship, int birthYear, int? headBirthYear) =>
        relationship is Relationship.Child or Relationship.ChildInLaw or Relationship.Grandchild
        && headBirthYear is { } head && birthYear < head
            ? $"与户主关系为{Labels.Of(relationship)}，但出生年份（{birthYear}年）早于户主（{head}年），请核对。"
            : null;
}
