// Namespaces most files of this project use; a file names only the others.
global using System.Globalization;
global using ResidentMedicalInsurance.Domain.Auditing;
global using ResidentMedicalInsurance.Domain.Tenancy;
