using MediatR;
using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Common;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Domain.Auditing;

namespace ResidentMedicalInsurance.Application.Features.Households;

/// <summary>显示完整身份证号: a separate, audited action (an audit entry with operation Revealed).</summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record RevealIdNumber(Guid ResidentId) : ICommand<RevealedIdNumber>;

public sealed record RevealedIdNumber(Guid ResidentId, string IdNumber);

public sealed class RevealIdNumberHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : IRequestHandler<RevealIdNumber, RevealedIdNumber>
{
    public async Task<RevealedIdNumber> Handle(RevealIdNumber request, CancellationToken cancellationToken)
    {
        var resident = (await db.Residents.AsNoTracking().InScope(user)
            .Where(r => r.Id == request.ResidentId)
            .Select(r => new { r.Id, r.HouseholdId, r.IdNumber })
            .FirstOrDefaultAsync(cancellationToken)).Found();
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            At = clock.Now,
            UserId = user.UserId,
            UserName = user.UserName ?? "",
            Action = nameof(RevealIdNumber),
            EntityType = "Resident",
            EntityId = resident.Id,
            HouseholdId = resident.HouseholdId,
            Operation = AuditOperation.Revealed,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new RevealedIdNumber(resident.Id, resident.IdNumber);
    }
}
