using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ResidentMedicalInsurance.Domain.Auditing;

namespace ResidentMedicalInsurance.Application.Features.Auditing;

/// <summary>
/// The reason of an ID reveal as its audit entry keeps it (the entry's After: <c>{"Purpose":"Refund","Note":"…"}</c>)
/// and as the audit table shows it (办理退费：…).
/// </summary>
public static class RevealReason
{
    public const int NoteMaxLength = 100;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The purpose's name in the user's language (Texts <c>RevealPurpose_</c>).</summary>
    public static string Label(RevealPurpose purpose) => Texts.Get($"RevealPurpose_{(Enum.IsDefined(purpose) ? purpose : RevealPurpose.Other)}");

    public static string Serialize(RevealPurpose purpose, string? note) =>
        JsonSerializer.Serialize(new Stored(purpose.ToString(), string.IsNullOrWhiteSpace(note) ? null : note.Trim()), Json);

    /// <summary>"办理退费：…" from a stored entry, in the user's language; entries written before reasons were asked say so.</summary>
    public static string Text(string? after)
    {
        var stored = string.IsNullOrEmpty(after) ? null : JsonSerializer.Deserialize<Stored>(after);
        if (stored is null || !Enum.TryParse<RevealPurpose>(stored.Purpose, out var purpose))
        {
            return Texts.Get("RevealReason_NotRecorded");
        }

        return stored.Note is { } note ? Texts.Format("RevealReason_WithNote", Label(purpose), note) : Label(purpose);
    }

    private sealed record Stored(string? Purpose, string? Note);
}
