namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>
/// The columns of a department's roster (docs/user-guide.md, the template on the page): titles as the
/// template prints them and the other titles departments use. Order in the file is free.
/// </summary>
public static class RosterLayout
{
    public const string Name = "name";
    public const string IdNumber = "id";
    public const string Category = "category";
    public const string Department = "department";
    public const string CertifiedOn = "certified-on";
    public const string Township = "township";
    public const string Village = "village";
    public const string Note = "note";
    public const string Action = "action";

    public static TableLayout Columns { get; } = new(
    [
        new(Name, "姓名", ["居民姓名", "人员姓名", "参保人姓名", "姓 名"], true),
        new(IdNumber, "身份证号", ["身份证号码", "公民身份号码", "证件号码", "身份证", "身份证件号码"], true),
        new(Category, "资助类别", ["资助身份", "类别", "人员类别", "救助类别", "资助类型"], true),
        new(Department, "认定部门", ["部门", "认定单位"], false),
        new(CertifiedOn, "认定日期", ["认定时间", "批准日期"], false),
        new(Township, "乡镇", ["乡镇（街道）", "乡镇街道", "所属乡镇", "镇街"], false),
        new(Village, "村（社区）", ["村", "社区", "村居", "村(社区)", "村（居）"], false),
        new(Note, "备注", ["说明"], false),
        new(Action, "变动类型", ["增减", "变更类型", "变动", "增减类型"], false),
    ]);

    /// <summary>The template's header row (the column titles in order).</summary>
    public static IReadOnlyList<string> TemplateHeaders { get; } = Columns.Columns.Select(c => c.Title).ToList();

    /// <summary>变动类型 as departments write it: 新增 (default) or 取消/减少/删除.</summary>
    public static bool IsCancel(string text) => text.Trim() is "取消" or "减少" or "删除" or "减" or "退出" or "cancel";
}
