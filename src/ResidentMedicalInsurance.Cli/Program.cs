using System.Text;
using ResidentMedicalInsurance.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
Console.InputEncoding = new UTF8Encoding(false);
return await CommandLine.RunAsync(args, CliConsole.System, CancellationToken.None);
