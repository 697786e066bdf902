namespace ResidentMedicalInsurance.Domain.Auditing;

/// <summary>
/// Staging data the audit trail does not record row by row (an uploaded file and its 100,000 rows):
/// the record they belong to is audited instead (who uploaded, matched, approved). Also the progress counters,
/// which follow audited rows and can be recounted from them (ADR 0061).
/// </summary>
public interface INotAudited;
