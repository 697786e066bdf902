namespace ResidentMedicalInsurance.Domain.Residents;

/// <summary>性别, as encoded in the 17th digit of the resident ID number (odd: male, even: female).</summary>
public enum Sex
{
    Male = 1,
    Female = 2,
}
