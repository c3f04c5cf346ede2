using System.Net;
using LeedsCommissioning.Domain.Decommissioning;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Decommissioning;

/// <summary>A commissioner filling in a decommissioning case page by page, as the forms post it.</summary>
internal static class CaseSteps
{
    /// <summary>
    /// Learning disability day opportunities: Leeds Mencap leads, Pyramid of Arts is a partner, Beeston Men's Shed CIC and
    /// Kirkstall Allotment Wellbeing Project subcontract (all third sector); funded by Adults and Health and NHS Leeds, so joint.
    /// </summary>
    public const string DayOpportunities = "LCC-AH-2023-007";

    public static async Task<int> StartAsync(PortalClient commissioner, int contractId)
    {
        var response = await commissioner.PostFormAsync($"/decommissioning/new?contractId={contractId}", "/decommissioning/new",
            new() { ["ContractId"] = contractId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task SaveAsync(PortalClient client, int caseId, string section, Dictionary<string, string> fields)
    {
        var url = $"/decommissioning/{caseId}/{section}";
        var response = await client.PostFormAsync(url, url, fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await PortalClient.ParseAsync(response);
            Assert.Fail($"{section} was not saved: {string.Join("; ", page.ErrorSummary())}");
        }
    }

    /// <summary>Every section but the Compact notices and the sign-off, complete.</summary>
    public static async Task CompleteAsync(PortalClient commissioner, int caseId)
    {
        await SaveAsync(commissioner, caseId, "case-for-change", new()
        {
            ["Kind"] = nameof(CaseForChangeKind.Decommissioning),
            ["Reason"] = "Day opportunities move into the community hubs from April 2027",
            ["Evidence"] = "Attendance fell by a third; the hubs already offer the same sessions",
            ["EndOrReductionDate.Day"] = "31", ["EndOrReductionDate.Month"] = "3", ["EndOrReductionDate.Year"] = "2027",
        });
        await SaveAsync(commissioner, caseId, "impact", new()
        {
            ["ServiceUsersAffected"] = "62", ["GroupsAffected"] = "Adults with learning disabilities and their carers",
            ["TransitionPlan"] = "Each person visits their hub with a support worker before April",
        });
        var stakeholders = new Dictionary<string, string>();
        foreach (var (stakeholder, i) in Enum.GetValues<Stakeholder>().Select((s, i) => (s, i)))
        {
            stakeholders[$"Stakeholders[{i}].Stakeholder"] = stakeholder.ToString();
            stakeholders[$"Stakeholders[{i}].Consulted"] = "true";
            stakeholders[$"Stakeholders[{i}].ConsultedOn.Day"] = "1";
            stakeholders[$"Stakeholders[{i}].ConsultedOn.Month"] = "10";
            stakeholders[$"Stakeholders[{i}].ConsultedOn.Year"] = "2026";
            stakeholders[$"Stakeholders[{i}].WhatTheySaid"] = "Supportive, with care over transport";
        }

        await SaveAsync(commissioner, caseId, "stakeholders", stakeholders);
        await SaveAsync(commissioner, caseId, "dimensions", new() { ["DimensionsAssessment"] = "Low impact on outcomes; medium on carers" });
        var checklist = new Dictionary<string, string>();
        foreach (var (check, i) in Enum.GetValues<CaseCheck>().Select((c, i) => (c, i)))
        {
            checklist[$"Items[{i}].Check"] = check.ToString();
            checklist[$"Items[{i}].Evidence"] = $"Evidence for {check}";
        }

        await SaveAsync(commissioner, caseId, "checklist", checklist);
        var engagement = await commissioner.PostFormAsync($"/decommissioning/{caseId}/engagement", $"/decommissioning/{caseId}/engagement", new()
        {
            ["On.Day"] = "2", ["On.Month"] = "10", ["On.Year"] = "2026",
            ["Who"] = "Leeds Mencap's chief executive", ["WhatWasSaid"] = "Agrees to plan the move with families",
        });
        Assert.Equal($"/decommissioning/{caseId}/engagement", engagement.Headers.Location?.OriginalString);
        var exit = new Dictionary<string, string>();
        for (var i = 0; i < 5; i++)
        {
            exit[$"Tasks[{i}].Number"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            exit[$"Tasks[{i}].OwnerName"] = "Priya Shah";
            exit[$"Tasks[{i}].DueOn.Day"] = "1";
            exit[$"Tasks[{i}].DueOn.Month"] = "3";
            exit[$"Tasks[{i}].DueOn.Year"] = "2027";
        }

        await SaveAsync(commissioner, caseId, "exit-plan", exit);
    }

    public static async Task<IReadOnlyList<(int ProviderId, string Name)>> NoticesAsync(PortalFactory factory, int caseId) =>
        await factory.WithDbAsync(async db => (await db.DecommissioningCases.Where(c => c.Id == caseId).SelectMany(c => c.CompactNotices)
            .ToListAsync()).OrderBy(n => n.Role).ThenBy(n => n.ProviderName).Select(n => (n.ProviderId, n.ProviderName)).ToList());

    public static async Task GiveNoticeAsync(PortalClient commissioner, PortalFactory factory, int caseId, string? reason)
    {
        var fields = new Dictionary<string, string>();
        foreach (var ((providerId, _), i) in (await NoticesAsync(factory, caseId)).Select((n, i) => (n, i)))
        {
            fields[$"Notices[{i}].ProviderId"] = providerId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"Notices[{i}].CompactGivenOn.Day"] = "20";
            fields[$"Notices[{i}].CompactGivenOn.Month"] = "11";
            fields[$"Notices[{i}].CompactGivenOn.Year"] = "2026";
            fields[$"Notices[{i}].CompactHow"] = "Letter from the head of commissioning";
            if (reason is not null)
            {
                fields[$"Notices[{i}].CompactShortNoticeReason"] = reason;
            }
        }

        await SaveAsync(commissioner, caseId, "compact-notice", fields);
    }

    /// <summary>Both routes of a joint contract: the Planning Implementation Group on 3 November, the Commissioning for Value Group on 10 November, and the council's.</summary>
    public static Task JointSignOffAsync(PortalClient commissioner, int caseId) => SaveAsync(commissioner, caseId, "sign-off", new()
    {
        ["PigApprovedOn.Day"] = "3", ["PigApprovedOn.Month"] = "11", ["PigApprovedOn.Year"] = "2026",
        ["CfvSignedOffOn.Day"] = "10", ["CfvSignedOffOn.Month"] = "11", ["CfvSignedOffOn.Year"] = "2026",
        ["Route"] = "DelegatedDecision", ["Kind"] = "SignificantOperationalDecision", ["EiaScreeningDone"] = "true", ["ExecutiveMemberBriefed"] = "true",
    });
}
