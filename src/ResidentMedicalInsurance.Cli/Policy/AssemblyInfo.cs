using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("ResidentMedicalInsurance.Cli.Tests")]
