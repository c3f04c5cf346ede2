using LeedsCommissioning.Domain.Waivers;

namespace LeedsCommissioning.Web.Features.Waivers;

public static class WaiverQueries
{
    /// <summary>The register's filters as one reusable specification over the waivers.</summary>
    public static IQueryable<CprWaiver> Matching(this IQueryable<CprWaiver> waivers, WaiverFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToLower();
            waivers = waivers.Where(w => w.Subject.ToLower().Contains(term)
                || (w.Summary != null && w.Summary.ToLower().Contains(term))
                || (w.ReportOf != null && w.ReportOf.ToLower().Contains(term)));
        }

        if (filter.Status is { } status)
        {
            waivers = waivers.Where(w => w.Status == status);
        }

        if (filter.Directorate is { } directorate)
        {
            waivers = waivers.Where(w => w.CommissioningOrganisationId == directorate);
        }

        if (!string.IsNullOrWhiteSpace(filter.Supplier))
        {
            var supplier = filter.Supplier.Trim().ToLower();
            waivers = waivers.Where(w => (w.Provider != null && w.Provider.Name.ToLower().Contains(supplier))
                || (w.NewSupplierName != null && w.NewSupplierName.ToLower().Contains(supplier)));
        }

        if (WaiverFilter.Bands.FirstOrDefault(b => b.Key == filter.Band) is { Key: not null } band)
        {
            var from = band.From;
            waivers = waivers.Where(w => w.Value != null && w.Value >= from);
            if (band.Below is { } below)
            {
                waivers = waivers.Where(w => w.Value < below);
            }
        }

        if (filter.Year is { } year and > 0 and < 10_000)
        {
            var start = new DateOnly(year, 1, 1);
            var end = start.AddYears(1);
            waivers = waivers.Where(w => w.RegisterDate >= start && w.RegisterDate < end);
        }

        return waivers;
    }

    public static IQueryable<WaiverRow> ToRows(this IQueryable<CprWaiver> waivers) =>
        waivers.Select(w => new WaiverRow(
            w.Id, w.Subject, w.Status, w.VersionNumber, w.IsSuperseded,
            w.CommissioningOrganisation != null ? w.CommissioningOrganisation.Name : null,
            w.Provider != null ? w.Provider.Name : w.NewSupplierName,
            w.ProviderId == null && w.NewSupplierName != null,
            w.Value, w.TermMonths, w.RegisterDate, w.Decision.OutcomeOn, w.Decision.DecisionMakerName));
}
