using System.Net;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Security;

/// <summary>
/// The authorisation matrix. Every endpoint the app maps must have a row here saying who may use it;
/// a new feature that forgets to add its rows fails this test. Keys are "METHOD /route template" as the app
/// maps them ("ANY" when the endpoint takes every method), one row per method. The matrix is checked twice:
/// against the endpoints' policies, and over HTTP, where every persona requests every endpoint and method
/// with real records in the route and must be let in (200, or a redirect elsewhere than sign-in) or refused
/// (exactly 403, or a redirect to sign-in when not signed in) as the row says.
/// </summary>
public sealed class Every_endpoint_declares_who_may_use_it(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly IReadOnlySet<string> Everyone = Persona.All.Select(p => p.Name).ToHashSet();
    private static readonly IReadOnlySet<string> Anyone = Everyone;
    private static readonly IReadOnlySet<string> AnySignedIn = Roles.All.ToHashSet();

    private static readonly IReadOnlySet<string> Staff = Roles.Staff.ToHashSet();
    private static readonly IReadOnlySet<string> StaffAndProviders = Roles.Staff.Append(Roles.ProviderUser).ToHashSet();
    private static readonly IReadOnlySet<string> Commissioners = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner);

    private static IReadOnlySet<string> Allow(params string[] roles) => roles.ToHashSet();

    private static readonly IReadOnlySet<string> WaiverReaders = Roles.Staff.ToHashSet();
    private static readonly IReadOnlySet<string> WaiverRecorders = Allow(Roles.ProcurementOfficer, Roles.CouncilCommissioner, Roles.CcgCommissioner);
    private static readonly IReadOnlySet<string> Provider = Allow(Roles.ProviderUser);
    private static readonly IReadOnlySet<string> StaffRoles = Roles.Staff.ToHashSet();
    private static readonly IReadOnlySet<string> Drafters = Allow(Roles.ProcurementOfficer, Roles.CouncilCommissioner, Roles.CcgCommissioner);
    private static readonly IReadOnlySet<string> Approvers = Allow(Roles.ProcurementOfficer, Roles.CouncilCommissioner, Roles.CcgCommissioner, Roles.DecisionMaker);
    private static readonly IReadOnlySet<string> OutcomeRecorders = Allow(Roles.ProcurementOfficer, Roles.DecisionMaker);
    private static readonly IReadOnlySet<string> Officers = Allow(Roles.ProcurementOfficer);
    private static readonly IReadOnlySet<string> DecisionMakers = Allow(Roles.DecisionMaker);
    private static readonly IReadOnlySet<string> Scorers = Allow([.. Roles.Staff, Roles.Evaluator]);
    private static readonly IReadOnlySet<string> DecommissioningReaders = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner, Roles.DecisionMaker);

    /// <summary>Who may use each endpoint. Group rows by feature, one line per endpoint.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Expected = new Dictionary<string, IReadOnlySet<string>>
    {
        // Home and the footer's pages
        ["GET /"] = Anyone,
        ["GET /contact"] = Anyone,
        ["GET /accessibility"] = Anyone,
        ["GET /privacy"] = Anyone,
        ["GET /cookies"] = Anyone,

        // Errors (reached by re-execution, with the failed request's method)
        ["ANY /error"] = Anyone,
        ["ANY /error/{code:int}"] = Anyone,

        // Health checks for load balancers
        ["ANY /health/live"] = Anyone,
        ["ANY /health/ready"] = Anyone,

        // Account
        ["GET /account"] = AnySignedIn,
        ["GET /account/sign-in"] = Anyone,
        ["POST /account/sign-in"] = Anyone,
        ["POST /account/sign-out"] = Anyone,
        ["GET /account/access-denied"] = Anyone,
        ["GET /account/forgot-password"] = Anyone,
        ["POST /account/forgot-password"] = Anyone,
        ["GET /account/reset-password"] = Anyone,
        ["POST /account/reset-password"] = Anyone,
        ["GET /account/sign-in/code"] = Anyone,
        ["POST /account/sign-in/code"] = Anyone,
        ["GET /account/sign-in/recovery-code"] = Anyone,
        ["POST /account/sign-in/recovery-code"] = Anyone,
        ["GET /account/two-factor"] = AnySignedIn,
        ["POST /account/two-factor"] = AnySignedIn,
        ["GET /account/two-factor/recovery-codes"] = AnySignedIn,
        ["POST /account/two-factor/recovery-codes"] = AnySignedIn,
        ["POST /account/two-factor/turn-off"] = AnySignedIn,
        ["GET /account/change-password"] = AnySignedIn,
        ["POST /account/change-password"] = AnySignedIn,
        // A person's own reminders (issue 14): which kinds come by e-mail, and clearing one from the home page
        ["GET /account/reminders"] = AnySignedIn,
        ["POST /account/reminders"] = AnySignedIn,
        ["POST /account/reminders/dismiss"] = AnySignedIn,
        ["GET /account/reminders/export.csv"] = AnySignedIn,
        ["GET /account/reminders/export.xlsx"] = AnySignedIn,

        // Users (administration)
        ["GET /admin/users"] = Allow(Roles.Administrator),
        ["GET /admin/users/export.csv"] = Allow(Roles.Administrator),
        ["GET /admin/users/export.xlsx"] = Allow(Roles.Administrator),
        ["GET /admin/users/new"] = Allow(Roles.Administrator),
        ["POST /admin/users/new"] = Allow(Roles.Administrator),
        ["GET /admin/users/{id}"] = Allow(Roles.Administrator),
        ["GET /admin/users/{id}/edit"] = Allow(Roles.Administrator),
        ["POST /admin/users/{id}/edit"] = Allow(Roles.Administrator),
        ["GET /admin/users/{id}/lock"] = Allow(Roles.Administrator),
        ["POST /admin/users/{id}/lock"] = Allow(Roles.Administrator),
        ["GET /admin/users/{id}/unlock"] = Allow(Roles.Administrator),
        ["POST /admin/users/{id}/unlock"] = Allow(Roles.Administrator),
        ["POST /admin/users/{id}/send-invitation"] = Allow(Roles.Administrator),
        ["GET /admin/users/{id}/reset-two-factor"] = Allow(Roles.Administrator),
        ["POST /admin/users/{id}/reset-two-factor"] = Allow(Roles.Administrator),
        // A person's personal data (issue 16): its download, and its erasure, confirmed with a reason (empty here, so nothing is erased).
        ["GET /admin/users/{id}/personal-data.json"] = Allow(Roles.Administrator),
        ["GET /admin/users/{id}/named-in-text"] = Allow(Roles.Administrator),
        ["GET /admin/users/{id}/erase"] = Allow(Roles.Administrator),
        ["POST /admin/users/{id}/erase"] = Allow(Roles.Administrator),
        // The audit trail's search and its downloads (issue 16).
        ["GET /admin/audit"] = Allow(Roles.Administrator),
        ["GET /admin/audit/export.csv"] = Allow(Roles.Administrator),
        ["GET /admin/audit/export.xlsx"] = Allow(Roles.Administrator),

        // Providers directory (staff read it, commissioners and administrators keep it; a provider user sees
        // and changes only their own organisation's page and profile, enforced in the actions: 404 for others)
        ["GET /providers"] = Allow(Roles.Staff.ToArray()),
        ["GET /providers/export.csv"] = Allow(Roles.Staff.ToArray()),
        ["GET /providers/export.xlsx"] = Allow(Roles.Staff.ToArray()),
        ["GET /providers/suggestions"] = Allow(Roles.Staff.ToArray()), // names for the register's provider box
        ["GET /providers/{providerId:int}"] = Allow([.. Roles.Staff, Roles.ProviderUser]),
        ["GET /providers/new"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner, Roles.Administrator),
        ["POST /providers/new"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner, Roles.Administrator),
        ["GET /providers/{providerId:int}/edit"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner, Roles.Administrator),
        ["POST /providers/{providerId:int}/edit"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner, Roles.Administrator),
        ["GET /providers/{providerId:int}/profile"] = Allow(Roles.ProviderUser),
        ["POST /providers/{providerId:int}/profile"] = Allow(Roles.ProviderUser),
        ["GET /our-organisation"] = Allow(Roles.ProviderUser),

        // Contracts: creating, editing and bulk import (council and NHS commissioners)
        ["GET /contracts/new"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner),
        ["POST /contracts/new"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner),
        // A contract is changed a part at a time, each on its own short form; ending it goes through a confirmation (issue 19)
        ["GET /contracts/{id:int}/change-details"] = Commissioners,
        ["POST /contracts/{id:int}/change-details"] = Commissioners,
        ["GET /contracts/{id:int}/change-value"] = Commissioners,
        ["POST /contracts/{id:int}/change-value"] = Commissioners,
        ["GET /contracts/{id:int}/change-term"] = Commissioners,
        ["POST /contracts/{id:int}/change-term"] = Commissioners,
        ["GET /contracts/{id:int}/change-providers"] = Commissioners,
        ["POST /contracts/{id:int}/change-providers"] = Commissioners,
        ["GET /contracts/{id:int}/end"] = Commissioners,
        ["POST /contracts/{id:int}/end"] = Commissioners,
        ["GET /contracts/import"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner),
        ["POST /contracts/import"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner),
        ["POST /contracts/import/confirm"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner),
        ["GET /contracts/import/template.csv"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner),
        // Contracts register, downloads, "Our contracts" and the contract page (provider users open only
        // their own contracts: the query answers 404 for others, see Contracts/Provider_users_see_only_their_own_contracts)
        ["GET /contracts"] = Staff,
        ["GET /contracts/export.csv"] = Staff,
        ["GET /contracts/export.xlsx"] = Staff,
        ["GET /our-contracts"] = Allow(Roles.ProviderUser),
        ["GET /our-contracts/export.csv"] = Allow(Roles.ProviderUser),
        ["GET /our-contracts/export.xlsx"] = Allow(Roles.ProviderUser),
        ["GET /contracts/{id:int}"] = StaffAndProviders,
        ["GET /contracts/{id:int}/funding"] = StaffAndProviders,
        ["GET /contracts/{id:int}/term"] = StaffAndProviders,
        ["GET /contracts/{id:int}/providers"] = StaffAndProviders,
        ["GET /contracts/{id:int}/documents"] = StaffAndProviders,
        ["GET /contracts/{id:int}/history"] = Staff,
        ["GET /contracts/{id:int}/history/export.csv"] = Staff,
        ["GET /contracts/{id:int}/history/export.xlsx"] = Staff,
        ["GET /contracts/{id:int}/monitoring/evidence/export.csv"] = Staff,
        ["GET /contracts/{id:int}/monitoring/evidence/export.xlsx"] = Staff,
        ["GET /contracts/{id:int}/monitoring"] = StaffAndProviders,
        // Quarterly monitoring (issue 15): a provider's users see only the returns of contracts their organisation leads (404 otherwise).
        ["GET /monitoring"] = StaffAndProviders,
        ["GET /monitoring/export.csv"] = StaffAndProviders,
        ["GET /monitoring/export.xlsx"] = StaffAndProviders,
        ["GET /monitoring/returns/{id:int}"] = StaffAndProviders,
        ["POST /monitoring/returns/{id:int}"] = Provider,
        ["GET /monitoring/returns/{id:int}/check-answers"] = Provider,
        ["POST /monitoring/returns/{id:int}/submit"] = Provider,
        ["GET /monitoring/returns/{id:int}/review"] = Commissioners,
        ["POST /monitoring/returns/{id:int}/review"] = Commissioners,
        ["GET /monitoring/contracts/{id:int}/plan"] = Commissioners,
        ["POST /monitoring/contracts/{id:int}/plan"] = Commissioners,
        ["GET /monitoring/contracts/{id:int}/plan/measures/new"] = Commissioners,
        ["POST /monitoring/contracts/{id:int}/plan/measures/new"] = Commissioners,
        ["GET /monitoring/contracts/{id:int}/plan/measures/{number:int}"] = Commissioners,
        ["POST /monitoring/contracts/{id:int}/plan/measures/{number:int}"] = Commissioners,
        ["POST /monitoring/contracts/{id:int}/plan/measures/{number:int}/remove"] = Commissioners,
        ["GET /monitoring/contracts/{id:int}/plan/quality"] = Commissioners,
        ["POST /monitoring/contracts/{id:int}/plan/quality"] = Commissioners,
        ["GET /monitoring/contracts/{id:int}/evidence/new"] = Commissioners,
        ["POST /monitoring/contracts/{id:int}/evidence/new"] = Commissioners,
        ["POST /contracts/{id:int}/status"] = Commissioners,
        ["GET /contracts/{id:int}/extensions/{number:int}/take"] = Commissioners,
        ["POST /contracts/{id:int}/extensions/{number:int}/take"] = Commissioners,
        ["GET /contracts/{id:int}/extensions/{number:int}/decline"] = Commissioners,
        ["POST /contracts/{id:int}/extensions/{number:int}/decline"] = Commissioners,
        ["GET /contracts/{id:int}/documents/upload"] = Commissioners,
        ["POST /contracts/{id:int}/documents/upload"] = Commissioners,
        ["GET /contracts/{id:int}/documents/{documentId:int}"] = StaffAndProviders,
        ["POST /contracts/{id:int}/documents/{documentId:int}/delete"] = Commissioners,

        // CPR waivers (issue 5): staff read the register and reports; procurement officers and
        // commissioners record and submit; decision makers decide
        ["GET /waivers"] = WaiverReaders,
        ["GET /waivers/export.csv"] = WaiverReaders,
        ["GET /waivers/export.xlsx"] = WaiverReaders,
        ["GET /waivers/new"] = WaiverRecorders,
        ["POST /waivers/new"] = WaiverRecorders,
        ["GET /waivers/{id}"] = WaiverReaders,
        ["GET /waivers/{id}/edit"] = WaiverRecorders,
        ["POST /waivers/{id}/edit"] = WaiverRecorders,
        ["GET /waivers/{id}/submit"] = WaiverRecorders,
        ["POST /waivers/{id}/submit"] = WaiverRecorders,
        ["GET /waivers/{id}/submit/confirmation"] = WaiverRecorders,
        ["GET /waivers/{id}/decide"] = Allow(Roles.DecisionMaker),
        ["POST /waivers/{id}/decide"] = Allow(Roles.DecisionMaker),
        ["GET /waivers/{id}/decide/confirmation"] = Allow(Roles.DecisionMaker),
        ["POST /waivers/{id}/new-version"] = WaiverRecorders,
        ["GET /waivers/{id}/create-contract"] = WaiverRecorders,
        ["POST /waivers/{id}/create-contract"] = WaiverRecorders,
        ["GET /waivers/{id}/report"] = WaiverReaders,
        ["GET /waivers/{id}/report.pdf"] = WaiverReaders,

        // Decommissioning (issue 14): commissioners prepare cases, decision makers read and decide them, providers never see them.
        ["GET /decommissioning"] = DecommissioningReaders,
        ["GET /decommissioning/export.csv"] = DecommissioningReaders,
        ["GET /decommissioning/export.xlsx"] = DecommissioningReaders,
        ["GET /decommissioning/new"] = Commissioners,
        ["POST /decommissioning/new"] = Commissioners,
        ["GET /decommissioning/{id:int}"] = DecommissioningReaders,
        ["GET /decommissioning/{id:int}/case-for-change"] = Commissioners,
        ["POST /decommissioning/{id:int}/case-for-change"] = Commissioners,
        ["GET /decommissioning/{id:int}/impact"] = Commissioners,
        ["POST /decommissioning/{id:int}/impact"] = Commissioners,
        ["GET /decommissioning/{id:int}/stakeholders"] = Commissioners,
        ["POST /decommissioning/{id:int}/stakeholders"] = Commissioners,
        ["GET /decommissioning/{id:int}/dimensions"] = Commissioners,
        ["POST /decommissioning/{id:int}/dimensions"] = Commissioners,
        ["GET /decommissioning/{id:int}/checklist"] = Commissioners,
        ["POST /decommissioning/{id:int}/checklist"] = Commissioners,
        ["GET /decommissioning/{id:int}/engagement"] = Commissioners,
        ["POST /decommissioning/{id:int}/engagement"] = Commissioners,
        ["GET /decommissioning/{id:int}/exit-plan"] = Commissioners,
        ["POST /decommissioning/{id:int}/exit-plan"] = Commissioners,
        ["GET /decommissioning/{id:int}/compact-notice"] = Commissioners,
        ["POST /decommissioning/{id:int}/compact-notice"] = Commissioners,
        ["GET /decommissioning/{id:int}/sign-off"] = Commissioners,
        ["POST /decommissioning/{id:int}/sign-off"] = Commissioners,
        ["GET /decommissioning/{id:int}/check-answers"] = Commissioners,
        ["POST /decommissioning/{id:int}/check-answers"] = Commissioners,
        ["GET /decommissioning/{id:int}/decommission"] = Commissioners,
        ["POST /decommissioning/{id:int}/decommission"] = Commissioners,
        ["GET /decommissioning/{id:int}/submit/confirmation"] = Commissioners,
        ["GET /decommissioning/{id:int}/decide"] = DecisionMakers,
        ["POST /decommissioning/{id:int}/decide"] = DecisionMakers,
        ["GET /decommissioning/{id:int}/decide/confirmation"] = DecisionMakers,
        ["GET /contracts/{id:int}/uk11-notice"] = Staff,
        // Contract performance (issue 15): indicators, ratings, breaches, variations and their decisions, and the UK7, UK9, UK10 notices
        ["GET /contracts/{id:int}/performance"] = StaffAndProviders,
        ["GET /contracts/{id:int}/performance/kpis/new"] = Commissioners,
        ["POST /contracts/{id:int}/performance/kpis/new"] = Commissioners,
        ["GET /contracts/{id:int}/performance/kpis/{kpiId:int}/change"] = Commissioners,
        ["POST /contracts/{id:int}/performance/kpis/{kpiId:int}/change"] = Commissioners,
        ["GET /contracts/{id:int}/performance/kpis/{kpiId:int}/remove"] = Commissioners,
        ["POST /contracts/{id:int}/performance/kpis/{kpiId:int}/remove"] = Commissioners,
        ["GET /contracts/{id:int}/performance/kpis/{kpiId:int}/rate"] = Commissioners,
        ["POST /contracts/{id:int}/performance/kpis/{kpiId:int}/rate"] = Commissioners,
        ["GET /contracts/{id:int}/performance/failures/new"] = Commissioners,
        ["POST /contracts/{id:int}/performance/failures/new"] = Commissioners,
        ["GET /contracts/{id:int}/variations/new"] = Commissioners,
        ["POST /contracts/{id:int}/variations/new"] = Commissioners,
        ["GET /contracts/{id:int}/changes/{changeId:int}/decide"] = DecisionMakers,
        ["POST /contracts/{id:int}/changes/{changeId:int}/decide"] = DecisionMakers,
        ["GET /contracts/{id:int}/uk7-notice"] = Staff,
        ["GET /contracts/{id:int}/uk9-notice"] = Staff,
        ["GET /contracts/{id:int}/changes/{changeId:int}/uk10-notice"] = Staff,
        // Opportunities: the public face, and provider users' interest and questions (issue 6)
        ["GET /opportunities"] = Anyone,
        ["GET /opportunities/export.csv"] = Anyone,
        ["GET /opportunities/export.xlsx"] = Anyone,
        ["GET /opportunities/{id:int}"] = Anyone,
        ["GET /opportunities/{id:int}/clarifications/export.csv"] = Anyone,
        ["GET /opportunities/{id:int}/clarifications/export.xlsx"] = Anyone,
        ["POST /opportunities/{id:int}/register-interest"] = Provider,
        ["GET /opportunities/{id:int}/ask"] = Provider,
        ["POST /opportunities/{id:int}/ask"] = Provider,

        // Bids: a provider user's own organisation's bids only (SealedBids.OwnedBy)
        ["GET /your-bids"] = Provider,
        ["GET /your-bids/export.csv"] = Provider,
        ["GET /your-bids/export.xlsx"] = Provider,
        ["GET /opportunities/{id:int}/lots/{lotId:int}/bid"] = Provider,
        ["POST /opportunities/{id:int}/lots/{lotId:int}/bid"] = Provider,
        ["POST /opportunities/{id:int}/lots/{lotId:int}/bid/withdraw"] = Provider,
        ["POST /opportunities/{id:int}/lots/{lotId:int}/bid/reopen"] = Provider,
        ["POST /opportunities/{id:int}/lots/{lotId:int}/bid/attachments"] = Provider,
        ["POST /opportunities/{id:int}/lots/{lotId:int}/bid/attachments/{attachmentId:int}/delete"] = Provider,
        ["GET /opportunities/{id:int}/lots/{lotId:int}/bid/attachments/{attachmentId:int}"] = Provider,
        ["GET /opportunities/{id:int}/lots/{lotId:int}/bid/receipt"] = Provider,
        ["GET /opportunities/{id:int}/lots/{lotId:int}/bid/check-answers"] = Provider,
        ["POST /opportunities/{id:int}/lots/{lotId:int}/bid/check-answers"] = Provider,
        ["GET /opportunities/{id:int}/lots/{lotId:int}/bid/confirmation"] = Provider,

        // Procurement: staff read; commissioners and procurement officers draft; a different person approves
        ["GET /procurement"] = StaffRoles,
        ["GET /procurement/export.csv"] = StaffRoles,
        ["GET /procurement/export.xlsx"] = StaffRoles,
        ["GET /procurement/opportunities/new"] = Drafters,
        ["POST /procurement/opportunities/new"] = Drafters,
        ["GET /procurement/opportunities/{id:int}"] = StaffRoles,
        ["GET /procurement/opportunities/{id:int}/edit"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/edit"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/approve"] = Approvers,
        ["POST /procurement/opportunities/{id:int}/approve"] = Approvers,
        ["GET /procurement/opportunities/{id:int}/submit"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/submit"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/submit/confirmation"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/withdraw"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/return"] = Approvers,
        ["POST /procurement/opportunities/{id:int}/return"] = Approvers,
        ["POST /procurement/opportunities/{id:int}/return-to-draft"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/publish"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/publish"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/cancel"] = OutcomeRecorders,
        ["POST /procurement/opportunities/{id:int}/cancel"] = OutcomeRecorders,
        ["GET /procurement/opportunities/{id:int}/uk12-notice"] = Drafters, // the UK12 procurement termination notice (issue 14)
        ["GET /procurement/opportunities/{id:int}/lots"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/lots/reasons"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/lots/new"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/lots/new"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/lots/{lotId:int}/edit"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/lots/{lotId:int}/edit"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/lots/{lotId:int}/delete"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/evaluation"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/evaluation"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/evaluation/questions/new"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/evaluation/questions/new"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/evaluation/questions/{questionId:int}/edit"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/evaluation/questions/{questionId:int}/edit"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/evaluation/questions/{questionId:int}/delete"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/clarifications"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/clarifications/export.csv"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/clarifications/export.xlsx"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/clarifications"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/clarifications/extend-deadline"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/questions/{questionId:int}/answer"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/questions/{questionId:int}/answer"] = Drafters,

        // Opened bids: after the deadline only (SealedBids.OpenedForStaff returns nothing before it)
        ["GET /procurement/opportunities/{id:int}/bids"] = Approvers,
        ["GET /procurement/opportunities/{id:int}/bids/export.csv"] = Approvers,
        ["GET /procurement/opportunities/{id:int}/bids/export.xlsx"] = Approvers,
        ["GET /procurement/opportunities/{id:int}/bids/{bidId:int}"] = Approvers,
        ["GET /procurement/opportunities/{id:int}/bids/{bidId:int}/attachments/{attachmentId:int}"] = Approvers,
        ["GET /procurement/opportunities/{id:int}/start-evaluation"] = OutcomeRecorders,
        ["POST /procurement/opportunities/{id:int}/start-evaluation"] = OutcomeRecorders,

        // The award (issue 13): seen by those who open bids; recommended, the notice recorded and the contract created by a
        // procurement officer; decided by a decision maker. Outcome letters: the bidder's organisation only.
        ["GET /procurement/opportunities/{id:int}/award"] = Approvers,
        ["GET /procurement/opportunities/{id:int}/award/lots/{lotId:int}/recommend"] = Officers,
        ["POST /procurement/opportunities/{id:int}/award/lots/{lotId:int}/recommend"] = Officers,
        ["GET /procurement/opportunities/{id:int}/award/lots/{lotId:int}/decide"] = DecisionMakers,
        ["POST /procurement/opportunities/{id:int}/award/lots/{lotId:int}/decide"] = DecisionMakers,
        ["GET /procurement/opportunities/{id:int}/award/lots/{lotId:int}/contract-award-notice"] = Approvers,
        ["POST /procurement/opportunities/{id:int}/award/lots/{lotId:int}/contract-award-notice"] = Officers,
        ["GET /procurement/opportunities/{id:int}/award/lots/{lotId:int}/create-contract"] = Officers,
        ["POST /procurement/opportunities/{id:int}/award/lots/{lotId:int}/create-contract"] = Officers,
        ["GET /outcome-letters"] = Provider,
        ["GET /outcome-letters/export.csv"] = Provider,
        ["GET /outcome-letters/export.xlsx"] = Provider,
        ["GET /outcome-letters/{id:int}"] = Provider,

        // The recorded opening of bids, with a second person present (issue 13): the register for those who may open
        // bids (the decision maker included), recorded by a procurement officer
        ["GET /procurement/opportunities/{id:int}/opening"] = Approvers,
        ["GET /procurement/opportunities/{id:int}/opening/record"] = Officers,
        ["POST /procurement/opportunities/{id:int}/opening/record"] = Officers,
        // Evaluation panels: formed and changed by a procurement officer, seen (progress, never scores) by those who open bids
        ["GET /procurement/opportunities/{id:int}/panels"] = Approvers,
        ["GET /procurement/opportunities/{id:int}/panels/export.csv"] = Approvers,
        ["GET /procurement/opportunities/{id:int}/panels/export.xlsx"] = Approvers,
        ["GET /procurement/opportunities/{id:int}/panels/new"] = Officers,
        ["POST /procurement/opportunities/{id:int}/panels/new"] = Officers,
        ["GET /procurement/opportunities/{id:int}/panels/{panelId:int}/edit"] = Officers,
        ["POST /procurement/opportunities/{id:int}/panels/{panelId:int}/edit"] = Officers,
        // Scoring: staff and external evaluators, each only on the panels they sit on (404 otherwise, see
        // Evaluation/Scoring_only_what_you_are_asked_to); the matrix's panel seats every persona but the provider
        ["GET /scoring"] = Scorers,
        ["GET /scoring/panels/{panelId:int}/declare"] = Scorers,
        ["POST /scoring/panels/{panelId:int}/declare"] = Scorers,
        ["GET /scoring/panels/{panelId:int}/bids/{bidId:int}"] = Scorers,
        ["POST /scoring/panels/{panelId:int}/bids/{bidId:int}"] = Scorers,
        ["GET /scoring/panels/{panelId:int}/bids/{bidId:int}/submit"] = Scorers,
        ["POST /scoring/panels/{panelId:int}/bids/{bidId:int}/submit"] = Scorers,
        // Moderation: the panel's chair only (404 for anyone else, so the matrix's moderation panel is chaired by someone
        // who is no persona: every scorer passes the policy and gets 404; see Evaluation/Moderating_and_ranking)
        ["GET /scoring/panels/{panelId:int}/bids/{bidId:int}/moderate"] = Scorers,
        ["POST /scoring/panels/{panelId:int}/bids/{bidId:int}/moderate"] = Scorers,
        ["GET /scoring/panels/{panelId:int}/bids/{bidId:int}/moderate/confirm"] = Scorers,
        ["POST /scoring/panels/{panelId:int}/bids/{bidId:int}/moderate/confirm"] = Scorers,
        // The ranking per lot and the evaluation report: those who may open bids
        ["GET /procurement/opportunities/{id:int}/ranking"] = Approvers,
        ["GET /procurement/opportunities/{id:int}/ranking/export.csv"] = Approvers,
        ["GET /procurement/opportunities/{id:int}/ranking/export.xlsx"] = Approvers,
        ["GET /procurement/opportunities/{id:int}/evaluation-report"] = Approvers,

        // Dashboards (issue 15): staff see the commissioners' dashboard and its charts' downloads; a provider user sees its own
        ["GET /dashboard"] = Staff,
        ["GET /dashboard/{chart}.csv"] = Staff,
        ["GET /dashboard/bids-per-opportunity.csv"] = Staff,
        ["GET /dashboard/bids-per-opportunity.xlsx"] = Staff,
        ["GET /dashboard/rated-red.csv"] = Staff,
        ["GET /dashboard/rated-red.xlsx"] = Staff,
        ["GET /your-dashboard"] = Provider,

        // Renewals pipeline (issue 14): staff see it, its downloads and the UK1 notice; commissioners record intentions and
        // keep the forward plan, whose published intentions anyone may read
        ["GET /pipeline"] = Staff,
        ["GET /pipeline/export.csv"] = Staff,
        ["GET /pipeline/export.xlsx"] = Staff,
        ["GET /pipeline/uk1-notice"] = Staff,
        ["GET /pipeline/contracts/{contractId:int}"] = Commissioners,
        ["POST /pipeline/contracts/{contractId:int}"] = Commissioners,
        ["GET /pipeline/forward-plan"] = Staff,
        ["GET /pipeline/forward-plan/export.csv"] = Staff,
        ["GET /pipeline/forward-plan/export.xlsx"] = Staff,
        ["GET /pipeline/forward-plan/new"] = Commissioners,
        ["POST /pipeline/forward-plan/new"] = Commissioners,
        ["GET /pipeline/forward-plan/{id:int}"] = Commissioners,
        ["POST /pipeline/forward-plan/{id:int}"] = Commissioners,
        ["POST /pipeline/forward-plan/{id:int}/publish"] = Commissioners,
        ["POST /pipeline/forward-plan/{id:int}/unpublish"] = Commissioners,
        ["GET /forward-plan"] = Anyone,
        ["GET /forward-plan/export.csv"] = Anyone,
        ["GET /forward-plan/export.xlsx"] = Anyone,

        // Open contracting data (issue 15): public packages; the data-quality checks for administrators
        ["GET /ocds/releases"] = Anyone,
        ["GET /ocds/records"] = Anyone,
        ["GET /admin/open-data"] = Allow(Roles.Administrator),
        ["GET /admin/open-data/export.csv"] = Allow(Roles.Administrator),
        ["GET /admin/open-data/export.xlsx"] = Allow(Roles.Administrator),

        // Provider organisations' self-registration
        ["GET /register-organisation"] = Anyone,
        ["POST /register-organisation"] = Anyone,
        ["GET /register-organisation/sent"] = Anyone,
        ["GET /procurement/organisation-applications"] = Allow(Roles.Administrator, Roles.CouncilCommissioner, Roles.CcgCommissioner),
        ["GET /procurement/organisation-applications/export.csv"] = Allow(Roles.Administrator, Roles.CouncilCommissioner, Roles.CcgCommissioner),
        ["GET /procurement/organisation-applications/export.xlsx"] = Allow(Roles.Administrator, Roles.CouncilCommissioner, Roles.CcgCommissioner),
        ["GET /procurement/organisation-applications/{id:int}"] = Allow(Roles.Administrator, Roles.CouncilCommissioner, Roles.CcgCommissioner),
        ["POST /procurement/organisation-applications/{id:int}/approve"] = Allow(Roles.Administrator, Roles.CouncilCommissioner, Roles.CcgCommissioner),
        ["POST /procurement/organisation-applications/{id:int}/reject"] = Allow(Roles.Administrator, Roles.CouncilCommissioner, Roles.CcgCommissioner),
    };

    /// <summary>Pages that answer everyone with the error status they describe, so access is proven by exactly that status.</summary>
    public static readonly IReadOnlyDictionary<string, HttpStatusCode> AnswersWithAnErrorStatus = new Dictionary<string, HttpStatusCode>
    {
        ["ANY /error"] = HttpStatusCode.InternalServerError,
        ["ANY /error/{code:int}"] = HttpStatusCode.NotFound,  // the route value below is 404
        ["GET /account/access-denied"] = HttpStatusCode.Forbidden,
        ["GET /scoring/panels/{panelId:int}/bids/{bidId:int}/moderate"] = HttpStatusCode.NotFound,
        ["POST /scoring/panels/{panelId:int}/bids/{bidId:int}/moderate"] = HttpStatusCode.NotFound,
        ["GET /scoring/panels/{panelId:int}/bids/{bidId:int}/moderate/confirm"] = HttpStatusCode.NotFound,
        ["POST /scoring/panels/{panelId:int}/bids/{bidId:int}/moderate/confirm"] = HttpStatusCode.NotFound,
    };

    /// <summary>Endpoints whose proof of access is a redirect to sign-in: signing out lands there, for anyone.</summary>
    private static readonly IReadOnlyDictionary<string, string> RedirectsToSignInByDesign = new Dictionary<string, string>
    {
        ["POST /account/sign-out"] = "/account/sign-in",
        // The second step of signing in, reached without having given a password first: back to the first step.
        ["GET /account/sign-in/code"] = "/account/sign-in",
        ["POST /account/sign-in/code"] = "/account/sign-in",
        ["GET /account/sign-in/recovery-code"] = "/account/sign-in",
        ["POST /account/sign-in/recovery-code"] = "/account/sign-in",
    };

    [Fact]
    public void every_mapped_endpoint_is_in_the_table_and_every_row_is_mapped()
    {
        var mapped = MappedEndpoint.All(factory.Services).Select(e => e.Key).ToHashSet();

        var undeclared = mapped.Except(Expected.Keys).Order(StringComparer.Ordinal).ToList();
        var gone = Expected.Keys.Except(mapped).Order(StringComparer.Ordinal).ToList();

        Assert.True(undeclared.Count == 0 && gone.Count == 0,
            (undeclared.Count == 0 ? "" : "These endpoints are not in the authorisation matrix; add a row saying who may use each:\n  "
                + string.Join("\n  ", undeclared) + "\n")
            + (gone.Count == 0 ? "" : "These rows of the authorisation matrix name endpoints the app no longer maps; remove them:\n  "
                + string.Join("\n  ", gone)));
    }

    [Fact]
    public async Task every_endpoint_lets_in_exactly_who_the_table_says()
    {
        var wrong = new List<string>();
        foreach (var persona in Persona.All)
        {
            var principal = await persona.PrincipalAsync(factory.Services);
            foreach (var endpoint in MappedEndpoint.All(factory.Services).Where(e => Expected.ContainsKey(e.Key)))
            {
                var allowed = await persona.MayUseAsync(endpoint.Endpoint, principal, factory.Services);
                if (allowed != Expected[endpoint.Key].Contains(persona.Name))
                {
                    wrong.Add($"{endpoint.Key}: {persona} is {(allowed ? "allowed" : "refused")} but the table says {(allowed ? "refused" : "allowed")}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void no_two_endpoints_share_a_method_and_route()
    {
        var clashes = MappedEndpoint.All(factory.Services).GroupBy(e => e.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.True(clashes.Count == 0, "Mapped more than once (the matrix could test only one of each):\n  " + string.Join("\n  ", clashes));
    }

    /// <summary>
    /// Every endpoint and method, requested over HTTP by every persona with real records in the route (POSTs
    /// with the persona's own anti-forgery token and an otherwise empty form). Someone the table lets in must
    /// get a response that proves it: 200 (a page, a download, or a form shown again with errors) or a redirect
    /// that is not to sign-in or access-denied; a 404 or 400 proves nothing. Someone it refuses must get exactly
    /// 403 when signed in, or a redirect to sign-in when not.
    /// </summary>
    [Fact]
    public async Task every_endpoint_answers_each_persona_as_the_table_says()
    {
        var values = await RouteValues(factory);
        var fresh = FreshRecords(factory);
        var clients = new Dictionary<string, (PortalClient Client, string Token)>();
        foreach (var persona in Persona.All)
        {
            var client = persona.Email is null ? PortalClient.For(factory) : await PortalClient.SignedInAsync(factory, persona.Email);
            var page = await client.GetDocumentAsync(persona.Email is null ? "/account/sign-in" : "/");
            clients[persona.Name] = (client, page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!);
        }

        var wrong = new List<string>();
        // Signing out goes last: after it the persona is nobody.
        var endpoints = MappedEndpoint.All(factory.Services).OrderBy(e => e.Key == "POST /account/sign-out").ToList();
        foreach (var endpoint in endpoints)
        {
            foreach (var persona in Persona.All)
            {
                var routeValues = fresh.TryGetValue(endpoint.Key, out var make) ? Merge(values, await make()) : values;
                var url = endpoint.Url(routeValues);
                var (client, token) = clients[persona.Name];
                using var request = new HttpRequestMessage(endpoint.RequestMethod, url);
                if (endpoint.RequestMethod == HttpMethod.Post)
                {
                    request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
                }

                using var response = await client.Http.SendAsync(request);
                var problem = Judge(endpoint.Key, persona, Expected.TryGetValue(endpoint.Key, out var who) && who.Contains(persona.Name), response);
                if (problem is not null)
                {
                    wrong.Add($"{endpoint.Method} {url} as {persona}: {problem}");
                }
            }
        }

        Assert.True(wrong.Count == 0, wrong.Count + " wrong answers:\n" + string.Join("\n", wrong));
    }

    /// <summary>Null when the response is the one the table asks for, else what was wrong with it.</summary>
    private static string? Judge(string key, Persona persona, bool allowed, HttpResponseMessage response)
    {
        var status = response.StatusCode;
        var location = response.Headers.Location?.PathAndQueryOrOriginal() ?? "";
        var got = $"{(int)status}{(location.Length > 0 ? " to " + location : "")}";
        var toSignIn = status == HttpStatusCode.Redirect && location.StartsWith("/account/sign-in?ReturnUrl=", StringComparison.Ordinal);
        if (!allowed)
        {
            return persona.Email is null
                ? (toSignIn ? null : $"refused, so expected a redirect to sign-in, got {got}")
                : (status == HttpStatusCode.Forbidden ? null : $"refused, so expected 403, got {got}");
        }

        if (RedirectsToSignInByDesign.TryGetValue(key, out var target))
        {
            return status == HttpStatusCode.Redirect && location == target ? null : $"expected a redirect to {target}, got {got}";
        }

        if (AnswersWithAnErrorStatus.TryGetValue(key, out var errorStatus))
        {
            return status == errorStatus ? null : $"expected {(int)errorStatus}, got {got}";
        }

        var proves = status == HttpStatusCode.OK
            || (status is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
                && !toSignIn && !location.StartsWith("/account/sign-in", StringComparison.Ordinal)
                && !location.StartsWith("/account/access-denied", StringComparison.Ordinal));
        return proves ? null : $"allowed, so expected 200 or a redirect elsewhere than sign-in, got {got}";
    }

    internal static IReadOnlyDictionary<string, string> Merge(IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> overrides)
    {
        var merged = values.ToDictionary();
        foreach (var (key, value) in overrides)
        {
            merged[key] = value;
        }

        return merged;
    }

    private static string Text(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Real records for route parameters, chosen so that someone allowed in gets a page (not a 404): the demo
    /// data where it has the record in the right state, else records this method makes (a user to administer,
    /// the provider persona's own bids and attachment, an opportunity in evaluation, a contract document, an
    /// organisation's application). Keys as <see cref="MappedEndpoint.Url"/> reads them. Safe to call twice.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> RouteValues(PortalFactory factory)
    {
        var now = PortalFactory.Now.UtcDateTime;
        var targetUser = await EnsureUserAsync(factory, "matrix.target@example.org");
        var leadProvider = await factory.WithDbAsync(db => db.Providers.Where(p => p.Name == DemoData.LeadProviderName).Select(p => p.Id).SingleAsync());
        var liveWellLeeds = await factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == "LCC-AH-2019-014").Select(c => c.Id).SingleAsync());
        var extension = await Contracts.ContractTestData.WithPendingExtensionAsync(factory);
        var document = await UploadContractDocumentAsync(factory, liveWellLeeds);

        var open = await factory.WithDbAsync(db => db.Opportunities.Include(o => o.Lots).SingleAsync(o => o.Title == Opportunities.Demo.OpenTitle));
        var openLots = open.Lots.OrderBy(l => l.Number).Select(l => l.Id).ToList();
        var waitingQuestion = await factory.WithDbAsync(db => db.ClarificationQuestions.Where(q => q.OpportunityId == open.Id && q.Answer == null).OrderBy(q => q.Id).Select(q => q.Id).FirstAsync());

        // The provider persona's own bids on the open opportunity: lot 1 a draft with an attachment, lot 2 submitted.
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        if (!await factory.WithDbAsync(db => db.Set<Bid>().AnyAsync(b => b.OpportunityId == open.Id && b.ProviderId == leadProvider)))
        {
            Check(await Opportunities.Demo.SubmitBidAsync(provider, open.Id, openLots[0], "Drop-ins in every ward.", command: "save"));
            Check(await Opportunities.BidFiles.UploadAsync(provider, open.Id, openLots[0], "Method statement.pdf", Opportunities.BidFiles.Pdf));
            Check(await Opportunities.Demo.SubmitBidAsync(provider, open.Id, openLots[1], "Drop-ins in every ward."));
        }

        var attachment = await factory.WithDbAsync(db => db.Set<Bid>().Where(b => b.OpportunityId == open.Id && b.LotId == openLots[0] && b.ProviderId == leadProvider)
            .SelectMany(b => b.Attachments).Select(a => a.Id).SingleAsync());

        // The closed opportunity, past its deadline with opened bids (one with an attachment), put into evaluation
        // so an award can be recorded.
        var closed = await factory.WithDbAsync(db => db.Opportunities.Where(x => x.Title == Opportunities.Demo.ClosedTitle).Select(x => x.Id).SingleAsync());
        var openedBid = await factory.WithDbAsync(db => db.Set<Bid>().Where(b => b.OpportunityId == closed && b.ProviderId == leadProvider && b.Status == BidStatus.Submitted)
            .Select(b => new { b.Id, b.LotId, Attachments = b.Attachments.Count }).SingleAsync());
        if (openedBid.Attachments == 0)
        {
            // The provider attached a file to its submitted bid an hour before that opportunity's deadline.
            await factory.WithDbAsync(async db =>
            {
                var o = await db.Opportunities.AsNoTracking().AsSplitQuery().WithParts().SingleAsync(x => x.Id == closed);
                var bid = await db.Set<Bid>().Include(b => b.Attachments).SingleAsync(b => b.Id == openedBid.Id);
                bid.AddAttachment("Accounts.pdf", Opportunities.BidFiles.Pdf, o.BidRules(), o.BidDeadlineUtc!.Value.AddHours(-1));
                return await db.SaveChangesAsync();
            });
        }

        var openedAttachment = await factory.WithDbAsync(db => db.Set<Bid>().Where(b => b.Id == openedBid.Id).SelectMany(b => b.Attachments).Select(a => a.Id).SingleAsync());
        await Evaluation.Evaluations.OpenAsync(factory, closed);
        await factory.WithDbAsync(async db =>
        {
            var o = await db.Opportunities.SingleAsync(x => x.Id == closed);
            if (o.Status == OpportunityStatus.Published)
            {
                o.StartEvaluation(now);
            }

            return await db.SaveChangesAsync();
        });

        // A panel on the opened lot seating every staff persona and the evaluator, each declared free of conflict, so each
        // may open the scoring pages (and, being free of conflict, still read the bids as staff).
        var matrixPanel = await Evaluation.Evaluations.PanelAsync(factory, closed, openedBid.LotId, "Matrix panel",
            [.. Roles.Staff.Append(Roles.Evaluator).Select(r => DemoData.Accounts.First(a => a.Role == r).Email)], declare: true);

        // A panel chaired by someone who is no persona (the matrix's target user), so every persona allowed to score gets
        // the moderation pages' 404 for a non-chair rather than the policy's 403.
        var moderationPanel = await Evaluation.Evaluations.PanelAsync(factory, closed, openedBid.LotId, "Matrix moderation panel",
            ["matrix.target@example.org", "procurement@example.org"], declare: true);

        // The draft opportunity, with a quality question to edit.
        var draft = await factory.WithDbAsync(async db =>
        {
            var o = await db.Opportunities.Include(x => x.Lots).Include(x => x.QualityQuestions).SingleAsync(x => x.Title == Opportunities.Demo.DraftTitle);
            if (o.QualityQuestions.Count == 0)
            {
                o.AddQualityQuestion("How will carers shape the service?", 20, 500, "Carers' panel");
                await db.SaveChangesAsync();
            }

            return (o.Id, Lot: o.Lots.OrderBy(l => l.Number).First().Id, Question: o.QualityQuestions.OrderBy(q => q.Number).First().Id);
        });

        var waivers = await factory.WithDbAsync(async db => new
        {
            Draft = await db.CprWaivers.Where(w => w.Status == WaiverStatus.Draft).OrderBy(w => w.Id).Select(w => w.Id).FirstAsync(),
            Submitted = await db.CprWaivers.Where(w => w.Status == WaiverStatus.Submitted).OrderBy(w => w.Id).Select(w => w.Id).FirstAsync(),
            Approved = await db.CprWaivers.Where(w => w.Status == WaiverStatus.Approved).OrderBy(w => w.Id).Select(w => w.Id).FirstAsync(),
            ApprovedWithoutContract = await db.CprWaivers.Where(w => w.Status == WaiverStatus.Approved && w.ContractId == null).OrderBy(w => w.Id).Select(w => w.Id).FirstAsync(),
        });
        var application = await NewApplicationAsync(factory);
        // Live Well Leeds' late Q2 2026/27 return (a draft the provider persona's organisation leads), and a submitted one to review.
        var monitoring = await factory.WithDbAsync(async db => new
        {
            Draft = await db.QuarterlyReturns.Where(r => r.ContractId == liveWellLeeds && r.QuarterKey == 20262).Select(r => r.Id).SingleAsync(),
            Submitted = await db.QuarterlyReturns.Where(r => r.ContractId == liveWellLeeds && r.Status != LeedsCommissioning.Domain.Monitoring.ReturnStatus.Draft)
                .OrderByDescending(r => r.QuarterKey).Select(r => r.Id).FirstAsync(),
        });
        var forwardPlanIntention = await factory.WithDbAsync(db => db.ForwardPlanIntentions.OrderBy(i => i.Id).Select(i => i.Id).FirstAsync());

        // The demo opportunity in evaluation, moderated, recommended and approved: its award pages and the provider persona's letter.
        var awarded = await Award.Awards.ApprovedAsync(factory);

        // Live Well Leeds' first key performance indicator and its variation awaiting the director's decision (demo data, issue 15).
        var performance = await factory.WithDbAsync(async db => new
        {
            Kpi = await db.KeyPerformanceIndicators.Where(k => k.ContractId == liveWellLeeds).OrderBy(k => k.Id).Select(k => k.Id).FirstAsync(),
            Change = await db.ContractChanges.Where(c => c.ContractId == liveWellLeeds && c.DecisionId != null).Select(c => c.Id).SingleAsync(),
        });

        return new Dictionary<string, string>
        {
            ["code"] = "404",
            ["/admin/users|id"] = targetUser,
            // The provider persona's own organisation and contract, so their pages answer 200 rather than 404.
            ["providerId"] = Text(leadProvider),
            ["contractId"] = Text(liveWellLeeds),
            ["/contracts|id"] = Text(liveWellLeeds),
            ["/contracts/{id:int}/extensions|id"] = Text(extension.Id),
            ["/contracts/{id:int}/extensions|number"] = Text(extension.Number),
            ["/contracts/{id:int}/documents|documentId"] = Text(document),
            ["/contracts/{id:int}/performance/kpis|kpiId"] = Text(performance.Kpi),
            ["/contracts/{id:int}/changes|changeId"] = Text(performance.Change),
            ["/waivers|id"] = Text(waivers.Approved),
            ["/decommissioning|id"] = Text(await factory.WithDbAsync(db => db.DecommissioningCases.Select(c => c.Id).SingleAsync())),
            ["/waivers/{id}/edit|id"] = Text(waivers.Draft),
            ["/waivers/{id}/submit|id"] = Text(waivers.Draft),
            ["/waivers/{id}/decide|id"] = Text(waivers.Submitted),
            ["/waivers/{id}/create-contract|id"] = Text(waivers.ApprovedWithoutContract),
            ["/opportunities|id"] = Text(open.Id),
            ["/opportunities/{id:int}/lots|lotId"] = Text(openLots[0]),
            ["/opportunities/{id:int}/lots/{lotId:int}/bid/receipt|lotId"] = Text(openLots[1]),
            ["/opportunities/{id:int}/lots/{lotId:int}/bid/confirmation|lotId"] = Text(openLots[1]),
            ["/opportunities/{id:int}/lots/{lotId:int}/bid/check-answers|lotId"] = Text(openLots[0]),
            ["/opportunities/{id:int}/lots/{lotId:int}/bid/withdraw|lotId"] = Text(openLots[1]),
            ["/opportunities/{id:int}/lots/{lotId:int}/bid/reopen|lotId"] = Text(openLots[1]),
            ["/opportunities/{id:int}/lots/{lotId:int}/bid/attachments|attachmentId"] = Text(attachment),
            ["/procurement/opportunities|id"] = Text(draft.Id),
            ["/procurement/opportunities/{id:int}/lots|lotId"] = Text(draft.Lot),
            ["/procurement/opportunities/{id:int}/evaluation/questions|questionId"] = Text(draft.Question),
            ["/procurement/opportunities/{id:int}/clarifications|id"] = Text(open.Id),
            ["/procurement/opportunities/{id:int}/questions|id"] = Text(open.Id),
            ["/procurement/opportunities/{id:int}/questions|questionId"] = Text(waitingQuestion),
            ["/procurement/opportunities/{id:int}/bids|id"] = Text(closed),
            ["/procurement/opportunities/{id:int}/bids|bidId"] = Text(openedBid.Id),
            ["/procurement/opportunities/{id:int}/bids/{bidId:int}/attachments|attachmentId"] = Text(openedAttachment),
            ["/procurement/opportunities/{id:int}/award|id"] = Text(awarded.Id),
            ["/procurement/opportunities/{id:int}/award|lotId"] = Text(awarded.LotId),
            ["/outcome-letters|id"] = Text(awarded.Letters[DemoData.LeadProviderName]),
            ["/procurement/opportunities/{id:int}/start-evaluation|id"] = Text(closed),
            ["/procurement/organisation-applications|id"] = Text(application),
            ["/procurement/opportunities/{id:int}/opening|id"] = Text(closed),
            ["/procurement/opportunities/{id:int}/panels|id"] = Text(closed),
            ["/procurement/opportunities/{id:int}/panels|panelId"] = Text(matrixPanel),
            ["/scoring|panelId"] = Text(matrixPanel),
            ["/scoring|bidId"] = Text(openedBid.Id),
            ["/scoring/panels/{panelId:int}/bids/{bidId:int}/moderate|panelId"] = Text(moderationPanel),
            ["/procurement/opportunities/{id:int}/ranking|id"] = Text(closed),
            ["/procurement/opportunities/{id:int}/evaluation-report|id"] = Text(closed),
            ["/pipeline/forward-plan|id"] = Text(forwardPlanIntention),
            ["/monitoring/returns|id"] = Text(monitoring.Draft),
            ["/monitoring/returns/{id:int}/review|id"] = Text(monitoring.Submitted),
            ["/monitoring/contracts|id"] = Text(liveWellLeeds),
            ["/monitoring/contracts/{id:int}/plan/measures|number"] = "1",
            ["/dashboard|chart"] = "spend-by-funder",
        };
    }

    /// <summary>
    /// Endpoints whose action uses up its record (a delete, a decision on an application, taking an extension):
    /// each request gets a new record, so the second person allowed in is not answered 404 because the first
    /// one already used it.
    /// </summary>
    internal static Dictionary<string, Func<Task<IReadOnlyDictionary<string, string>>>> FreshRecords(PortalFactory factory) => new()
    {
        // Resetting someone's two-factor authentication needs someone who has it on.
        ["GET /admin/users/{id}/reset-two-factor"] = async () =>
            new Dictionary<string, string> { ["/admin/users|id"] = (await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner, twoFactor: true)).Id },
        ["POST /admin/users/{id}/reset-two-factor"] = async () =>
            new Dictionary<string, string> { ["/admin/users|id"] = (await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner, twoFactor: true)).Id },
        ["POST /contracts/{id:int}/documents/{documentId:int}/delete"] = async () =>
        {
            var contract = await factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == "LCC-AH-2019-014").Select(c => c.Id).SingleAsync());
            return new Dictionary<string, string> { ["/contracts/{id:int}/documents|documentId"] = Text(await UploadContractDocumentAsync(factory, contract)) };
        },
        ["POST /procurement/organisation-applications/{id:int}/approve"] = async () =>
            new Dictionary<string, string> { ["/procurement/organisation-applications|id"] = Text(await NewApplicationAsync(factory)) },
        ["POST /procurement/organisation-applications/{id:int}/reject"] = async () =>
            new Dictionary<string, string> { ["/procurement/organisation-applications|id"] = Text(await NewApplicationAsync(factory)) },
        ["POST /procurement/opportunities/{id:int}/lots/{lotId:int}/delete"] = async () =>
            new Dictionary<string, string>
            {
                ["/procurement/opportunities/{id:int}/lots|lotId"] = Text(await factory.WithDbAsync(async db =>
                {
                    var o = await db.Opportunities.Include(x => x.Lots).SingleAsync(x => x.Title == Opportunities.Demo.DraftTitle);
                    var lot = o.AddLot("Lot to remove", null, 10_000m, []);
                    await db.SaveChangesAsync();
                    return lot.Id;
                })),
            },
        ["POST /procurement/opportunities/{id:int}/evaluation/questions/{questionId:int}/delete"] = async () =>
            new Dictionary<string, string>
            {
                ["/procurement/opportunities/{id:int}/evaluation/questions|questionId"] = Text(await factory.WithDbAsync(async db =>
                {
                    var o = await db.Opportunities.Include(x => x.QualityQuestions).SingleAsync(x => x.Title == Opportunities.Demo.DraftTitle);
                    var question = o.AddQualityQuestion("A question to remove?", 5, 100, null);
                    await db.SaveChangesAsync();
                    return question.Id;
                })),
            },
    };

    private static void Check(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Setting up the matrix's records failed: {(int)response.StatusCode} from {response.RequestMessage?.RequestUri}");
        }
    }

    private static async Task<string> EnsureUserAsync(PortalFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Matrix Target", CreatedAtUtc = PortalFactory.Now.UtcDateTime };
            var created = await users.CreateAsync(user, PortalClient.DemoPassword);
            var role = await users.AddToRoleAsync(user, Roles.Evaluator);
            // Two-factor authentication on, so an administrator's "reset two-factor authentication" page opens for them too.
            var key = await users.ResetAuthenticatorKeyAsync(user);
            var twoFactor = await users.SetTwoFactorEnabledAsync(user, true);
            if (!created.Succeeded || !role.Succeeded || !key.Succeeded || !twoFactor.Succeeded)
            {
                throw new InvalidOperationException("Could not create " + email);
            }
        }

        return user.Id;
    }

    internal static async Task<int> UploadContractDocumentAsync(PortalFactory factory, int contractId)
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var url = $"/contracts/{contractId}/documents/upload";
        var token = (await commissioner.GetDocumentAsync(url)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var name = $"Matrix {Guid.NewGuid():N}.pdf";
        using var body = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("Other"), "Kind" } };
        body.Add(new ByteArrayContent(Opportunities.BidFiles.Pdf), "File", name);
        Check(await commissioner.Http.PostAsync(url, body));
        return await factory.WithDbAsync(db => db.ContractDocuments.Where(d => d.FileName == name).Select(d => d.Id).SingleAsync());
    }

    private static async Task<int> NewApplicationAsync(PortalFactory factory)
    {
        var email = $"applicant.{Guid.NewGuid():N}@example.org";
        Check(await PortalClient.For(factory).PostFormAsync("/register-organisation", "/register-organisation", new()
        {
            ["OrganisationName"] = "Matrix Community Garden " + email[10..18],
            ["Type"] = "RegisteredCharity",
            ["CharityNumber"] = "1187654",
            ["Postcode"] = "LS9 6NL",
            ["IsLeedsBased"] = "true",
            ["Localities"] = "NorthEast",
            ["AnnualIncome"] = "£86,500",
            ["Description"] = "Community garden and cooking sessions for carers in Gipton.",
            ["ApplicantName"] = "Mo Farouk",
            ["ApplicantEmail"] = email,
        }));
        return await factory.WithDbAsync(db => db.OrganisationApplications.Where(a => a.ApplicantEmail == email).Select(a => a.Id).SingleAsync());
    }
}
