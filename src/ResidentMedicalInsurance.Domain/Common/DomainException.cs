namespace ResidentMedicalInsurance.Domain.Common;

/// <summary>
/// A value or rule of the domain was violated; the message is zh-CN, in the clerk's words
/// (what is wrong and what to do), and may be shown to the user as it is.
/// </summary>
public class DomainException(string message) : Exception(message);
