using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Decommissioning;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Web.Features.Shared;

namespace LeedsCommissioning.Web.Features.Decommissioning;

/// <summary>The whole case as check answers sections (docs/patterns.md), each answer with a Change link to its page when editable.</summary>
public static class CaseAnswers
{
    public static IReadOnlyList<CheckAnswersSection> Sections(DecommissioningCase c, DateOnly today, RenewalRules rules, bool editable)
    {
        string? Href(string path, string? anchor = null) => editable ? $"/decommissioning/{c.Id}/{path}{(anchor is null ? "" : "#" + anchor)}" : null;
        static string Or(string? text, string missing = "Not given") => string.IsNullOrWhiteSpace(text) ? missing : text;

        var sections = new List<CheckAnswersSection>
        {
            new("Case for change",
            [
                new("Kind", c.Kind?.ToDisplayName() ?? "Not given", Href("case-for-change", "Kind")),
                new("Reason", Or(c.Reason), Href("case-for-change", "Reason"), MultiLine: true),
                new("Tangible evidence", Or(c.Evidence), Href("case-for-change", "Evidence"), MultiLine: true),
                new("Ends or reduces on", c.EndOrReductionDate is { } d ? UkTime.Date(d) : "Not given", Href("case-for-change", "EndOrReductionDate")),
                .. c.NewAnnualValue is { } v ? new[] { new CheckAnswersRow("New annual value", UkTime.Money(v), Href("case-for-change", "NewAnnualValue")) } : [],
            ]),
            new("Impact on service users",
            [
                new("Service users affected", c.ServiceUsersAffected?.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) ?? "Not given", Href("impact", "ServiceUsersAffected")),
                new("Groups affected", Or(c.GroupsAffected), Href("impact", "GroupsAffected"), MultiLine: true),
                new("Transition plan", Or(c.TransitionPlan), Href("impact", "TransitionPlan"), MultiLine: true),
            ]),
            new("Stakeholder dimensions checklist", c.Stakeholders.OrderBy(s => s.Stakeholder).Select((s, i) => new CheckAnswersRow(
                s.Stakeholder.ToDisplayName(),
                s.Consulted switch
                {
                    true => $"Consulted on {UkTime.Date(s.ConsultedOn)}: {s.WhatTheySaid}",
                    false => $"Not consulted: {s.WhatTheySaid}",
                    _ => "Not answered",
                },
                Href("stakeholders", $"Stakeholders_{i}__Consulted"), MultiLine: true)).ToList()),
            new("Commissioning dimensions assessment", [new("Assessment", Or(c.DimensionsAssessment), Href("dimensions", "DimensionsAssessment"), MultiLine: true)]),
            new("Principles and perspectives", c.Checklist.OrderBy(k => k.Check).Select((k, i) => new CheckAnswersRow(
                k.Check.ToDisplayName(),
                k.Evidence is not null ? k.Evidence + (k.DocumentLink is null ? "" : $" (document: {k.DocumentLink})")
                    : k.NotApplicableReason is not null ? $"Does not apply: {k.NotApplicableReason}" : "No evidence or reason yet",
                Href("checklist", $"Items_{i}__Evidence"), MultiLine: true)).ToList()),
            new("Provider engagement log", c.Engagement.Count == 0
                ? [new("Conversations", "None recorded", Href("engagement"))]
                : c.Engagement.OrderBy(e => e.On).Select(e => new CheckAnswersRow(UkTime.Date(e.On), $"{e.Who}: {e.WhatWasSaid}", Href("engagement"), MultiLine: true)).ToList()),
            new("Exit plan", c.ExitTasks.OrderBy(t => t.Number).Select((t, i) => new CheckAnswersRow(
                t.Name,
                t.IsPlanned ? $"{t.OwnerName}, due {UkTime.Date(t.DueOn)}{(t.DoneOn is { } done ? $", done {UkTime.Date(done)}" : t.IsOverdue(today) ? ", overdue" : "")}" : "No owner or due date yet",
                Href("exit-plan", $"Tasks_{i}__OwnerUserId"))).ToList()),
        };

        var checks = c.CompactChecks(today, rules);
        if (c.CompactNotices.Count > 0)
        {
            sections.Add(new CheckAnswersSection("Compact notice to the third sector", c.CompactNotices.OrderBy(n => n.Role).ThenBy(n => n.ProviderName).Select((n, i) =>
            {
                var check = checks.FirstOrDefault(x => x.ProviderId == n.ProviderId);
                var given = n.GivenOn is { } on ? $"Given on {UkTime.Date(on)} by {n.How}" : "Not yet given";
                var due = check is null ? "" : $"; due by {UkTime.Date(check.NoticeBy)}";
                var shortNote = check?.IsShort == true ? $". Short notice: {n.ShortNoticeReason ?? "no reason yet"}" : "";
                return new CheckAnswersRow($"{n.ProviderName} ({n.Role.ToString().ToLowerInvariant()})", given + due + shortNote, Href("compact-notice", $"Notices_{i}__CompactGivenOn"), MultiLine: true);
            }).ToList()));
        }

        var signOff = new List<CheckAnswersRow>();
        if (c.NeedsCcgSignOff)
        {
            signOff.Add(new("Planning Implementation Group approval", c.PigApprovedOn is { } pig ? UkTime.Date(pig) : "Not given", Href("sign-off", "PigApprovedOn")));
            signOff.Add(new("Commissioning for Value Group sign-off", c.CfvSignedOffOn is { } cfv ? UkTime.Date(cfv) : "Not given", Href("sign-off", "CfvSignedOffOn")));
        }

        signOff.Add(new("Decision route", c.Decision.Route?.ToDisplayName() ?? "Not given", Href("sign-off", "Route")));
        signOff.Add(new("Kind of decision", c.Decision.Kind?.ToDisplayName() ?? "Not given", Href("sign-off", "Kind")));
        if (c.NeedsCouncilDecision)
        {
            signOff.Add(new("EIA screening done", c.Decision.EiaScreeningDone switch { true => "Yes", false => "No", _ => "Not given" }, Href("sign-off", "EiaScreeningDone")));
            signOff.Add(new("Executive Member briefed", c.Decision.ExecutiveMemberBriefed switch { true => "Yes", false => "No", _ => "Not given" }, Href("sign-off", "ExecutiveMemberBriefed")));
        }

        sections.Add(new CheckAnswersSection("Sign-off", signOff));
        return sections;
    }
}
