using System.ComponentModel.DataAnnotations;

namespace LeedsCommissioning.Web.Features.Pages;

/// <summary>
/// How people reach the commissioning team (section "Contact" of appsettings.json; README.md, Configuration):
/// shown on the contact page and in the accessibility statement. The seeded telephone number is in Ofcom's
/// range reserved for drama (0113 496 0xxx), so nobody is rung by mistake: set the team's real one.
/// </summary>
public sealed class ContactOptions
{
    public const string Section = "Contact";

    /// <summary>Who answers, e.g. "Commissioning team, Leeds City Council and NHS Leeds".</summary>
    [Required]
    public string TeamName { get; set; } = "";

    [Required]
    [EmailAddress]
    public string Email { get; set; } = "";

    [Required]
    public string Phone { get; set; } = "";

    /// <summary>When the telephone is answered, as a sentence: "Monday to Friday, 9am to 5pm (except bank holidays)".</summary>
    [Required]
    public string PhoneHours { get; set; } = "";

    /// <summary>How many working days the team takes to reply to an e-mail.</summary>
    [Range(1, 30)]
    public int ReplyWithinWorkingDays { get; set; }

    /// <summary>How many working days the team takes to answer a request for another format or an accessibility problem.</summary>
    [Range(1, 30)]
    public int AccessibilityReplyWithinWorkingDays { get; set; }

    /// <summary>When the accessibility statement was prepared (yyyy-MM-dd).</summary>
    [Required]
    public string StatementPreparedOn { get; set; } = "";

    /// <summary>When the service was last tested for accessibility (yyyy-MM-dd): change it each time the checks are run again.</summary>
    [Required]
    public string LastTestedOn { get; set; } = "";

    public DateOnly StatementPreparedDate => DateOnly.ParseExact(StatementPreparedOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public DateOnly LastTestedDate => DateOnly.ParseExact(LastTestedOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The mailto link for feedback, with its subject filled in.</summary>
    public string FeedbackMailto => $"mailto:{Email}?subject={Uri.EscapeDataString("Feedback on Leeds Commissioning")}";

    /// <summary>The telephone number as a tel: link (digits only).</summary>
    public string PhoneHref => "tel:" + new string(Phone.Where(c => char.IsDigit(c) || c == '+').ToArray());
}
