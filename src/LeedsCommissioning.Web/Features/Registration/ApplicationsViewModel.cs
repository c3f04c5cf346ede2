namespace LeedsCommissioning.Web.Features.Registration;

public sealed class ApplicationsViewModel
{
    public IReadOnlyList<ApplicationRow> Rows { get; set; } = [];
}
