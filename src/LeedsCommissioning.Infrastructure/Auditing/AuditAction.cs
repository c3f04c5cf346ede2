

namespace LeedsCommissioning.Infrastructure.Auditing;

public enum AuditAction
{
    Added = 0,
    Modified = 1,
    Deleted = 2,
}
