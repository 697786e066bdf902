using System.Globalization;
using System.Text.Json;
using ResidentMedicalInsurance.Domain.Auditing;

namespace ResidentMedicalInsurance.Application.Features.Auditing;

/// <summary>
/// 操作日志 of one household: who did what to which of its records, with values before and after, newest first;
/// for an ID reveal, who, when and why (<see cref="AuditEntryView.ReasonText"/>). Birth dates show as the year,
/// as they stand next to masked ID numbers (entries written before ADR 0042 kept the date).
/// </summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record GetHouseholdAudit(Guid HouseholdId) : IQuery<IReadOnlyList<AuditEntryView>>;

/// <summary>
/// One entry: <paramref name="UserName"/> is the display name, <paramref name="Summary"/> the one line a clerk reads
/// (who did what to which record), <paramref name="Changes"/> the details.
/// </summary>
public sealed record AuditEntryView(
    Guid Id, string AtText, string UserName, string Action, string ActionText, string EntityType, string EntityText,
    Guid EntityId, AuditOperation Operation, string OperationText, IReadOnlyList<AuditChange> Changes, string? ReasonText, string Summary);

/// <summary>One field: its stored name, its name in the user's language and the values before and after as a clerk reads them (pages escape them).</summary>
public sealed record AuditChange(string Field, string FieldText, string Before, string After)
{
    /// <summary>The values are the notice's clause texts (依据), Chinese in every language (ADR 0050): pages mark them lang="zh-CN".</summary>
    public bool ClauseText => Field == "Basis";
}

public sealed class GetHouseholdAuditHandler(IAppDbContext db, ICurrentUser user, IUserNames userNames)
    : IRequestHandler<GetHouseholdAudit, IReadOnlyList<AuditEntryView>>
{
    public async Task<IReadOnlyList<AuditEntryView>> Handle(GetHouseholdAudit request, CancellationToken cancellationToken)
    {
        _ = (await db.Households.AsNoTracking().InScope(user)
            .FirstOrDefaultAsync(h => h.Id == request.HouseholdId, cancellationToken)).Found();
        // Newest first by time (never by the GUID key: SQL Server sorts uniqueidentifier differently). Sorted here,
        // as SQLite cannot order DateTimeOffset; one household's trail is small.
        var entries = (await db.AuditEntries.AsNoTracking().Where(a => a.HouseholdId == request.HouseholdId)
                .ToListAsync(cancellationToken))
            .OrderByDescending(a => a.At).ThenBy(a => a.EntityType).Take(1000)
            .Select(a => (Entry: a, Values: a.Operation == AuditOperation.Revealed ? [] : Values(a.Before, a.After))).ToList();
        var users = entries.Select(x => x.Entry.UserName)
            .Concat(entries.SelectMany(x => x.Values).Where(v => v.Field.EndsWith("By", StringComparison.Ordinal)).SelectMany(v => new[] { v.Before, v.After }));
        var names = await AuditNames.LoadAsync(db, userNames, request.HouseholdId, users, cancellationToken);
        return entries.Select(x => View(x.Entry, x.Values, names)).ToList();
    }

    private static AuditEntryView View(AuditEntry a, List<(string Field, string? Before, string? After)> values, AuditNames names)
    {
        var changes = values.Where(v => AuditValues.Shown(v.Field))
            .Select(v => new AuditChange(v.Field, AuditValues.Field(v.Field, a.EntityType), AuditValues.Value(v.Field, v.Before, names), AuditValues.Value(v.Field, v.After, names)))
            .ToList();
        var who = names.User(a.UserName);
        var reason = a.Operation == AuditOperation.Revealed ? RevealReason.Text(a.After) : null;
        var summary = Texts.Format(
                "AuditSummary", who, AuditLabels.Action(a.Action), AuditLabels.Operation(a.Operation), AuditLabels.Entity(a.EntityType), names.Record(a.EntityId))
            + (reason is not null ? Texts.Format("AuditSummary_Reason", reason) : changes.Count > 0 ? Texts.Format("AuditSummary_Changes", changes.Count) : "");
        return new AuditEntryView(
            a.Id, Display.Time(a.At), who, a.Action, AuditLabels.Action(a.Action), a.EntityType,
            AuditLabels.Entity(a.EntityType), a.EntityId, a.Operation, AuditLabels.Operation(a.Operation), changes, reason, summary);
    }

    private static List<(string Field, string? Before, string? After)> Values(string? before, string? after)
    {
        var old = Read(before);
        var @new = Read(after);
        return old.Keys.Union(@new.Keys)
            .Select(k => (k, Shown(k, old.GetValueOrDefault(k)), Shown(k, @new.GetValueOrDefault(k)))).ToList();
    }

    private static string? Shown(string field, string? value) =>
        field == "BirthDate" && DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var birth) ? Display.BirthYear(birth) : value;

    private static Dictionary<string, string?> Read(string? json) =>
        string.IsNullOrEmpty(json)
            ? []
            : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!
                .ToDictionary(p => p.Key, p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.ToString());
}
