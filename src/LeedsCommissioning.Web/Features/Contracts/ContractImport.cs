using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// Reads a register from CSV (issue 4, "Bulk import"; columns in docs/contracts-import.md): one row per
/// contract; partners and subcontractors as "Name: share; Name: share"; funders as "Funder | Stream | Amount; ...";
/// extensions as "Months | Decide by [| Taken or Declined | Decided on]; ...". Every row is checked against
/// the directory, the register and the contract rules (each contract is built through the entity's own
/// methods), so the preview reports everything the import would refuse.
/// </summary>
public sealed class ContractImport
{
    public static readonly string[] Columns =
    [
        "Reference", "Title", "Description", "Service area", "Commissioning organisation", "Responsible commissioner",
        "Agreement type", "Payment mechanism", "Procurement route", "Status", "Start date", "Initial end date",
        "Annual value", "Lead provider", "Partners", "Subcontractors", "Funding", "Extensions",
    ];

    private static readonly string[] Required = ["Reference", "Title", "Service area", "Commissioning organisation", "Agreement type",
        "Payment mechanism", "Procurement route", "Start date", "Initial end date", "Annual value"];

    private static readonly string[] DateFormats = ["d/M/yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy"];

    private readonly Dictionary<string, Provider> _providers;
    private readonly Dictionary<string, CommissioningOrganisation> _organisations;
    private readonly Dictionary<string, (string Id, string Name)> _commissioners = [];
    private readonly HashSet<string> _references;

    private ContractImport(
        List<Provider> providers, List<CommissioningOrganisation> organisations,
        List<(string Id, string Name, string Email)> commissioners, HashSet<string> references)
    {
        _providers = providers.GroupBy(p => Key(p.Name)).ToDictionary(g => g.Key, g => g.First());
        _organisations = organisations.SelectMany(o => new[] { (Key(o.Code), o), (Key(o.Name), o) })
            .GroupBy(x => x.Item1).ToDictionary(g => g.Key, g => g.First().o);

        // The first commissioner whose name or e-mail matches, as a lookup rather than a scan per row.
        foreach (var (id, name, email) in commissioners)
        {
            _commissioners.TryAdd(Key(name), (id, name));
            _commissioners.TryAdd(Key(email), (id, name));
        }

        _references = references;
    }

    /// <summary>
    /// Loads the directory and register to check against. Providers are not tracked: the import attaches the ones each
    /// batch of contracts refers to (<see cref="ContractImportController"/>), so a large file never tracks the whole directory.
    /// </summary>
    public static async Task<ContractImport> LoadAsync(CommissioningDbContext db, CancellationToken cancellationToken = default)
    {
        var providers = await db.Providers.AsNoTracking().ToListAsync(cancellationToken);
        var organisations = await db.CommissioningOrganisations.AsNoTracking().ToListAsync(cancellationToken);
        var commissioners = await (from u in db.Users
                                   join ur in db.UserRoles on u.Id equals ur.UserId
                                   join r in db.Roles on ur.RoleId equals r.Id
                                   where r.Name == Roles.CouncilCommissioner || r.Name == Roles.CcgCommissioner
                                   select new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        var references = await db.Contracts.Select(c => c.Reference).ToListAsync(cancellationToken);
        return new ContractImport(providers, organisations,
            commissioners.Select(c => (c.Id, c.DisplayName, c.Email ?? "")).ToList(),
            new HashSet<string>(references, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Reads and checks every row, keeping each row and the contract built from it (the preview).</summary>
    public ImportResult Read(string csvText)
    {
        var result = new ImportResult();
        result.Rows.AddRange(ReadRows(csvText, result.FileErrors));
        if (result.Rows.Count == 0 && result.FileErrors.Count == 0)
        {
            result.FileErrors.Add(new ImportError(2, "", "The file has no contracts in it"));
        }

        return result;
    }

    /// <summary>
    /// The confirmation's one pass over the file: each row is read, checked and built as it is asked for, so a region's file
    /// is never held whole (the caller saves them a batch at a time). It stops at the first row with a problem, or a problem
    /// with the file itself, and says so in <paramref name="outcome"/>; the caller then rolls back what it saved, so the
    /// import stays all or nothing (docs/benchmarks.md, "The import: session 16").
    /// </summary>
    public IEnumerable<Contract> Contracts(string csvText, ImportOutcome outcome)
    {
        var fileErrors = new List<ImportError>();
        foreach (var row in ReadRows(csvText, fileErrors))
        {
            if (row.Contract is null || row.Errors.Count > 0)
            {
                outcome.Refused = true;
                yield break;
            }

            outcome.Count++;
            yield return row.Contract;
        }

        outcome.Refused |= fileErrors.Count > 0 || outcome.Count == 0;
    }

    /// <summary>What <see cref="Contracts(string, ImportOutcome)"/> found once enumerated: how many contracts, or that the file was refused.</summary>
    public sealed class ImportOutcome
    {
        public int Count { get; set; }

        public bool Refused { get; set; }
    }

    /// <summary>The file's rows, read and checked one at a time as they are enumerated; problems with the file as a whole go to <paramref name="fileErrors"/>.</summary>
    private IEnumerable<ImportRow> ReadRows(string csvText, List<ImportError> fileErrors)
    {
        CsvReader csv;
        Dictionary<string, int> headers;
        try
        {
            csv = CsvReader.FromText(csvText, new CsvReaderOptions { TrimWhitespace = true });
            headers = csv.Headers.Select((h, i) => (Key: Key(h), Index: i)).GroupBy(h => h.Key).ToDictionary(g => g.Key, g => g.First().Index);
        }
        catch (CsvFormatException)
        {
            fileErrors.Add(Unreadable);
            yield break;
        }

        using (csv)
        {
            if (headers.Count == 0)
            {
                fileErrors.Add(new ImportError(1, "", "The file is empty: it needs a header row and a row for each contract"));
                yield break;
            }

            foreach (var column in Required.Where(c => !headers.ContainsKey(Key(c))))
            {
                fileErrors.Add(new ImportError(1, column, $"The header row has no column called “{column}”"));
            }

            if (fileErrors.Count > 0)
            {
                yield break;
            }

            var seen = new Dictionary<string, int>();
            var indexes = Columns.Select(c => headers.TryGetValue(Key(c), out var i) ? i : -1).ToArray();
            while (true)
            {
                // One row's values by column, read into a new dictionary each row: rows keep none of it.
                var values = new Dictionary<string, string>(Columns.Length);
                var empty = true;
                int rowNumber;
                try
                {
                    if (!csv.Read())
                    {
                        yield break;
                    }

                    for (var c = 0; c < Columns.Length; c++)
                    {
                        var value = indexes[c] >= 0 && indexes[c] < csv.FieldCount ? (csv.GetString(indexes[c]) ?? "").Trim() : "";
                        values[Columns[c]] = value;
                        empty &= value.Length == 0;
                    }

                    // The spreadsheet's row number: the header is row 1.
                    rowNumber = (int)csv.RowNumber + 1;
                }
                catch (CsvFormatException)
                {
                    fileErrors.Add(Unreadable);
                    yield break;
                }

                if (!empty)
                {
                    yield return ReadRow(rowNumber, values, seen);
                }
            }
        }
    }

    private static ImportError Unreadable => new(0, "", "The file could not be read as CSV: save it from your spreadsheet as “CSV UTF-8”");

    private ImportRow ReadRow(int rowNumber, Dictionary<string, string> v, Dictionary<string, int> seen)
    {
        var row = new ImportRow { Row = rowNumber, Reference = v["Reference"].ToUpperInvariant(), Title = v["Title"] };
        void Error(string column, string message) => row.Errors.Add(new ImportError(rowNumber, column, message));

        if (row.Reference.Length == 0)
        {
            Error("Reference", "Enter the contract reference");
        }
        else if (seen.TryGetValue(row.Reference, out var first))
        {
            Error("Reference", $"{row.Reference} is also on row {first}: each contract can be in the file once");
        }
        else
        {
            seen[row.Reference] = rowNumber;
            if (_references.Contains(row.Reference))
            {
                Error("Reference", $"There is already a contract with the reference {row.Reference} in the register");
            }
        }

        var area = Choice<ServiceArea>(v, "Service area", a => a.ToDisplayName(), Error);
        row.ServiceArea = area?.ToDisplayName();
        var organisation = Organisation(v["Commissioning organisation"], "Commissioning organisation", Error, commissioning: true);
        row.Organisation = organisation?.Name;
        var agreement = Choice<AgreementType>(v, "Agreement type", a => a.ToDisplayName(), Error);
        var payment = Choice<PaymentMechanism>(v, "Payment mechanism", a => a.ToDisplayName(), Error);
        var route = Choice<ContractAwardRoute>(v, "Procurement route", a => a.ToDisplayName(), Error);
        var status = v["Status"].Length == 0 ? ContractStatus.Planned : Choice<ContractStatus>(v, "Status", a => a.ToDisplayName(), Error);
        row.Status = status?.ToDisplayName();
        var start = Date(v["Start date"], "Start date", Error);
        var end = Date(v["Initial end date"], "Initial end date", Error);
        if (start is not null && end is not null)
        {
            row.Term = $"{UkTime.Date(start.Value)} to {UkTime.Date(end.Value)}";
        }

        row.AnnualValue = Amount(v["Annual value"], "Annual value", "Annual value", Error);
        var providers = Providers(v, row, Error);
        var funding = Funding(v["Funding"], row, Error);
        var extensions = Extensions(v["Extensions"], row, Error);
        var commissioner = Commissioner(v["Responsible commissioner"]);

        if (row.Errors.Count == 0)
        {
            row.Contract = Build(row, v, area!.Value, organisation!.Id, agreement!.Value, payment!.Value, route!.Value, status!.Value,
                start!.Value, end!.Value, providers, funding, extensions, commissioner);
        }

        return row;
    }

    private static Contract? Build(
        ImportRow row, Dictionary<string, string> v, ServiceArea area, int organisationId, AgreementType agreement, PaymentMechanism payment,
        ContractAwardRoute route, ContractStatus status, DateOnly start, DateOnly end, List<ContractProviderLine> providers,
        List<FundingLine> funding, List<(int Months, DateOnly DecideBy, ExtensionStatus Status, DateOnly DecidedOn)> extensions,
        (string? Id, string Name)? commissioner)
    {
        var column = "";
        try
        {
            column = "Initial end date";
            var contract = new Contract(row.Reference, row.Title, area, organisationId, agreement, payment, route, start, end, row.AnnualValue!.Value);
            column = "Description";
            contract.UpdateSummary(row.Reference, row.Title, v["Description"], area, organisationId, agreement, payment, route);
            if (commissioner is { } c)
            {
                column = "Responsible commissioner";
                contract.AssignCommissioner(c.Id, c.Name);
            }

            column = "Partners";
            contract.SetProviders(providers);
            column = "Funding";
            contract.SetFunding(funding);

            // Walk the lifecycle as the commissioners did (Contract.MoveTo allows only the next steps), recording
            // extensions once the contract is live so a taken one moves it into extension.
            column = "Status";
            foreach (var step in new[] { ContractStatus.Procuring, ContractStatus.Awarded, ContractStatus.Mobilising, ContractStatus.Live })
            {
                if (contract.Status == status)
                {
                    break;
                }

                contract.MoveTo(step);
            }

            column = "Extensions";
            foreach (var e in extensions)
            {
                var extension = contract.AddExtension(e.Months, e.DecideBy);
                if (e.Status == ExtensionStatus.Taken)
                {
                    contract.TakeExtension(extension.Number, e.DecidedOn);
                }
                else if (e.Status == ExtensionStatus.Declined)
                {
                    contract.DeclineExtension(extension.Number, e.DecidedOn);
                }
            }

            column = "Status";
            if (status is ContractStatus.Ended && contract.Status != ContractStatus.Ending)
            {
                contract.MoveTo(ContractStatus.Ending);
            }

            if (contract.Status != status)
            {
                contract.MoveTo(status);
            }

            return contract;
        }
        catch (DomainException ex)
        {
            row.Errors.Add(new ImportError(row.Row, ColumnFor(ex.Field) ?? column, ex.Message));
            return null;
        }
    }

    private static string? ColumnFor(string? field) => field switch
    {
        nameof(Contract.Reference) => "Reference",
        nameof(Contract.Title) => "Title",
        nameof(Contract.Description) => "Description",
        nameof(Contract.AnnualValue) => "Annual value",
        nameof(Contract.InitialEndDate) => "Initial end date",
        nameof(Contract.Funding) => "Funding",
        nameof(Contract.Providers) => "Partners",
        "Months" or "DecideBy" or nameof(Contract.Extensions) => "Extensions",
        nameof(Contract.Status) => "Status",
        _ => null,
    };

    private List<ContractProviderLine> Providers(Dictionary<string, string> v, ImportRow row, Action<string, string> error)
    {
        var lines = new List<ContractProviderLine>();
        if (v["Lead provider"].Length > 0)
        {
            if (FindProvider(v["Lead provider"], "Lead provider", error) is { } lead)
            {
                lines.Add(new ContractProviderLine(lead, ProviderRole.Lead));
                row.Providers.Add($"{lead.Name} (lead)");
            }
        }
        else if (v["Partners"].Length > 0 || v["Subcontractors"].Length > 0)
        {
            error("Lead provider", "Enter the lead provider: a contract with partners or subcontractors needs a lead");
        }

        foreach (var (column, role) in new[] { ("Partners", ProviderRole.Partner), ("Subcontractors", ProviderRole.Subcontractor) })
        {
            foreach (var item in Items(v[column]))
            {
                var colon = item.LastIndexOf(':');
                if (colon <= 0)
                {
                    error(column, $"“{item}” needs the provider's name and annual share, like “Leeds Mind: 180000”");
                    continue;
                }

                var provider = FindProvider(item[..colon], column, error);
                var share = Amount(item[(colon + 1)..], column, $"The annual share of {item[..colon].Trim()}", error);
                if (provider is null || share is null)
                {
                    continue;
                }

                if (lines.Any(l => l.Provider.Id == provider.Id))
                {
                    error(column, $"{provider.Name} is listed more than once: a provider can appear only once on a contract");
                    continue;
                }

                lines.Add(new ContractProviderLine(provider, role, share.Value));
                row.Providers.Add($"{provider.Name} ({role.ToDisplayName().ToLowerInvariant()}, {UkTime.Money(share.Value)})");
            }
        }

        return lines;
    }

    private List<FundingLine> Funding(string text, ImportRow row, Action<string, string> error)
    {
        var lines = new List<FundingLine>();
        foreach (var item in Items(text))
        {
            var parts = item.Split('|').Select(p => p.Trim()).ToArray();
            if (parts.Length != 3)
            {
                error("Funding", $"“{item}” needs the funder, the stream and the annual amount, like “LCC-AH | LCC budget | 800000”");
                continue;
            }

            var stream = ParseChoice<FundingStream>(parts[1], s => s.ToDisplayName());
            if (stream is null)
            {
                error("Funding", $"“{parts[1]}” is not a funding stream: use one of {string.Join(", ", Enum.GetValues<FundingStream>().Select(s => s.ToDisplayName()))}");
            }

            var amount = Amount(parts[2], "Funding", $"The annual amount from {parts[0]}", error);
            var organisation = _organisations.GetValueOrDefault(Key(parts[0]));
            if (organisation is null && stream != FundingStream.OtherPartner)
            {
                error("Funding", $"“{parts[0]}” is not a commissioning organisation in the portal: use its code (like LCC-AH) or name, or the stream “Other partner” for another funder");
                continue;
            }

            if (stream is null || amount is null)
            {
                continue;
            }

            lines.Add(organisation is null
                ? FundingLine.FromPartner(parts[0], stream.Value, amount.Value)
                : FundingLine.FromOrganisation(organisation.Id, stream.Value, amount.Value));
            row.Funding.Add($"{organisation?.Name ?? parts[0]}: {stream.Value.ToDisplayName()}, {UkTime.Money(amount.Value)}");
        }

        var total = lines.Sum(l => l.AnnualAmount);
        if (lines.Count > 0 && row.AnnualValue is { } value && total != value && lines.Count == Items(text).Count())
        {
            error("Funding", FundingRule.Message(total, value));
        }

        return lines;
    }

    private static List<(int, DateOnly, ExtensionStatus, DateOnly)> Extensions(string text, ImportRow row, Action<string, string> error)
    {
        var list = new List<(int, DateOnly, ExtensionStatus, DateOnly)>();
        foreach (var item in Items(text))
        {
            var parts = item.Split('|').Select(p => p.Trim()).ToArray();
            if (parts.Length is < 2 or > 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var months))
            {
                error("Extensions", $"“{item}” needs the length in months and the decide-by date, like “24 | 30/09/2031” or “12 | 30/09/2025 | Taken | 15/07/2025”");
                continue;
            }

            var decideBy = Date(parts[1], "Extensions", error);
            var status = parts.Length > 2 ? ParseChoice<ExtensionStatus>(parts[2], s => s.ToDisplayName()) : ExtensionStatus.Pending;
            if (status is null)
            {
                error("Extensions", $"“{parts[2]}” is not an extension status: use Pending, Taken or Declined");
            }

            var decidedOn = parts.Length > 3 ? Date(parts[3], "Extensions", error) : decideBy;
            if (decideBy is null || status is null || decidedOn is null)
            {
                continue;
            }

            list.Add((months, decideBy.Value, status.Value, decidedOn.Value));
            row.Extensions.Add($"{months} months, decide by {UkTime.Date(decideBy.Value)}: {status.Value.ToDisplayName().ToLowerInvariant()}");
        }

        return list;
    }

    private Provider? FindProvider(string name, string column, Action<string, string> error)
    {
        var provider = _providers.GetValueOrDefault(Key(name));
        if (provider is null)
        {
            error(column, $"“{name.Trim()}” is not in the providers directory: check the spelling or add the provider first");
        }

        return provider;
    }

    private CommissioningOrganisation? Organisation(string text, string column, Action<string, string> error, bool commissioning)
    {
        if (text.Length == 0)
        {
            error(column, "Enter the commissioning organisation, like LCC-AH or NHS-LEEDS");
            return null;
        }

        var organisation = _organisations.GetValueOrDefault(Key(text));
        if (organisation is null || (commissioning && organisation.Kind == CommissioningOrganisationKind.OtherPartner))
        {
            var codes = string.Join(", ", _organisations.Values.Where(o => o.Kind != CommissioningOrganisationKind.OtherPartner).Select(o => o.Code).Distinct());
            error(column, $"“{text}” is not a commissioning organisation: use one of {codes}");
            return null;
        }

        return organisation;
    }

    private (string? Id, string Name)? Commissioner(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        return _commissioners.TryGetValue(Key(text), out var user) ? (user.Id, user.Name) : (null, text);
    }

    private static TEnum? Choice<TEnum>(Dictionary<string, string> v, string column, Func<TEnum, string> name, Action<string, string> error)
        where TEnum : struct, Enum
    {
        var text = v[column];
        if (text.Length == 0)
        {
            error(column, $"Enter the {column.ToLowerInvariant()}");
            return null;
        }

        var value = ParseChoice(text, name);
        if (value is null)
        {
            error(column, $"“{text}” is not a {column.ToLowerInvariant()}: use one of {string.Join(", ", Enum.GetValues<TEnum>().Select(name))}");
        }

        return value;
    }

    /// <summary>The first value, in the enum's order, whose display name or code name matches the text (see <see cref="Key"/>).</summary>
    private static TEnum? ParseChoice<TEnum>(string text, Func<TEnum, string> name)
        where TEnum : struct, Enum =>
        ChoicesOf<TEnum>.Named(name).TryGetValue(Key(text), out var choice) ? choice : null;

    private static DateOnly? Date(string text, string column, Action<string, string> error)
    {
        if (DateOnly.TryParseExact(text.Trim(), DateFormats, WebApplicationSetup.UkCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        error(column, text.Length == 0 ? $"Enter the {column.ToLowerInvariant()}" : $"“{text}” is not a real date: use day/month/year, like 31/03/2027");
        return null;
    }

    private static decimal? Amount(string text, string column, string label, Action<string, string> error)
    {
        if (MoneyText.Check(text, label) is { } message)
        {
            error(column, message);
            return null;
        }

        return MoneyText.Parse(text);
    }

    private static IEnumerable<string> Items(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Names compared without case, spacing or punctuation: "LCC budget", "lcc-budget" and "LccBudget" match.</summary>
    private static string Key(string text)
    {
        var length = 0;
        foreach (var c in text)
        {
            length += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return string.Create(length, text, static (key, text) =>
        {
            var i = 0;
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    key[i++] = char.ToLowerInvariant(c);
                }
            }
        });
    }

    /// <summary>
    /// Each enum's choices by <see cref="Key"/>, built once for each way of naming them (the display-name function a
    /// caller gives), so a lookup built from one naming never answers for another.
    /// </summary>
    private static class ChoicesOf<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly ConditionalWeakTable<Func<TEnum, string>, Dictionary<string, TEnum>> ByNaming = [];

        public static Dictionary<string, TEnum> Named(Func<TEnum, string> name) => ByNaming.GetValue(name, static name =>
        {
            var choices = new Dictionary<string, TEnum>();
            foreach (var value in Enum.GetValues<TEnum>())
            {
                choices.TryAdd(Key(name(value)), value);
                choices.TryAdd(Key(value.ToString()), value);
            }

            return choices;
        });
    }
}
