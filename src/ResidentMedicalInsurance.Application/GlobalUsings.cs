// Namespaces most files of this project use; a file names only the others.
global using MediatR;
global using Microsoft.EntityFrameworkCore;
global using ResidentMedicalInsurance.Application.Abstractions;
global using ResidentMedicalInsurance.Application.Features.Common;
global using ResidentMedicalInsurance.Application.Security;
