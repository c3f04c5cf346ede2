namespace LeedsCommissioning.Domain.Registration;

public enum ApplicationStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}
