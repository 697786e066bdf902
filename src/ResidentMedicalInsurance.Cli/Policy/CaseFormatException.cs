namespace ResidentMedicalInsurance.Cli.Policy;

/// <summary>A case line that is valid JSON but not a valid case; the message is shown to the user (zh-CN).</summary>
public sealed class CaseFormatException : Exception
{
    public CaseFormatException(string message)
        : base(message)
    {
    }

    public CaseFormatException()
    {
    }

    public CaseFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
