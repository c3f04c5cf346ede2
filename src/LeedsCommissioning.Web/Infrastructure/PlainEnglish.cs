namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>A term a page uses, explained in plain English, with where the explanation comes from (for maintainers, never shown).</summary>
public sealed record PlainEnglishTerm(string Key, string Term, string Explanation, string Source);

/// <summary>
/// The glossary every page explains its terms from (docs/patterns.md, "Contact, help and plain English"):
/// render one with the partial Features/Shared/_Explained.cshtml ("What does … mean?" in a govuk-details).
/// Explanations take their facts from docs/domain.md and its sources; add a term here, never in a view.
/// </summary>
public static class PlainEnglish
{
    public static readonly PlainEnglishTerm Lot = new(
        "lot",
        "lot",
        "A lot is one part of a contract that is bid for and awarded on its own, for example one area of Leeds or one group of people. You can bid for one lot or several. Dividing a contract into smaller lots opens it up to a wider range of organisations, including small local ones.",
        "KiL guide step 4 (\"Disaggregate contracts into smaller lot sizes\"); domain.md section 3");

    public static readonly PlainEnglishTerm Cpr = new(
        "cpr",
        "CPR (Contract Procedure Rules)",
        "The Contract Procedure Rules (CPR) are Leeds City Council's own rules for buying services. They require competition (CPR 8.1) and at least three written tenders (CPR 8.2). The decision maker can waive them (CPR 1.3), and the waiver is recorded in a decision report.",
        "Waiver report; domain.md section 3");

    public static readonly PlainEnglishTerm SocialValueWeighting = new(
        "social-value-weighting",
        "social value weighting",
        "Bids are scored on price, quality and social value, and the weighting is the share of the marks each part carries, set before bids open. Social value is what your organisation will do for Leeds beyond the service itself, under the Leeds Social Value Charter: partnership; employment, training and being a good employer; the Leeds pound in Leeds; sustainable, fair and ethical; and the value of community-led organisations. What you commit to in your bid is monitored during the contract.",
        "KiL guide (weights declared before bids open); MPS (Leeds Social Value Charter); domain.md sections 3 and 6");

    public static readonly PlainEnglishTerm Tupe = new(
        "tupe",
        "TUPE",
        "TUPE is the Transfer of Undertakings (Protection of Employment) Regulations 2006. When a service moves from one provider to another, the staff who work on it may have the right to move to the new provider on their existing terms of employment.",
        "HWB paper (the LCC toolkit's detailed plan with the provider covers TUPE); domain.md section 5");

    public static readonly PlainEnglishTerm KeepItLocal = new(
        "keep-it-local",
        "Keep it Local",
        "Keep it Local is Locality's approach that Leeds follows so that local organisations can win contracts: divide contracts into smaller lots, set a maximum value for each, do not use payment by results, welcome consortia and involve local people.",
        "KiL guide (five steps) and KiL Leeds; domain.md sections 3 and 6");

    public static IReadOnlyList<PlainEnglishTerm> All { get; } = [Lot, Cpr, SocialValueWeighting, Tupe, KeepItLocal];
}
