using LeedsCommissioning.Domain.Security;
using Microsoft.AspNetCore.Authorization;

namespace LeedsCommissioning.Web.Security;

/// <summary>
/// Every named policy, defined once. Controllers say [Authorize(Policies.X)]; views ask
/// IAuthorizationService with the same names. No role strings appear anywhere else.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in person. Also the fallback for endpoints that declare nothing.</summary>
    public const string SignedIn = nameof(SignedIn);

    /// <summary>Administrators: users, roles, organisations.</summary>
    public const string ManageUsers = nameof(ManageUsers);

    /// <summary>Council and NHS staff: commissioners, procurement officers, decision makers, administrators.</summary>
    public const string Staff = nameof(Staff);

    /// <summary>Provider users, who belong to one provider organisation.</summary>
    public const string ProviderUser = nameof(ProviderUser);

    /// <summary>Read the contracts register and the providers directory: staff.</summary>
    public const string ViewRegister = nameof(ViewRegister);

    /// <summary>
    /// Open a contract's page and its documents: staff, and provider users, who may open only the
    /// contracts their organisation takes part in (the query enforces it; others get 404).
    /// </summary>
    public const string ViewContract = nameof(ViewContract);

    /// <summary>Create and change contracts, import a register: council and NHS commissioners.</summary>
    public const string ManageContracts = nameof(ManageContracts);

    /// <summary>Create and change provider organisations: commissioners and administrators.</summary>
    public const string ManageProviders = nameof(ManageProviders);

    /// <summary>
    /// A provider's page: staff see any provider; a provider user may reach only their own organisation's
    /// page, which the action enforces where it reads the data (another provider's id gives 404).
    /// </summary>
    public const string ViewProviderPage = nameof(ViewProviderPage);

    /// <summary>Record, edit and submit CPR waiver requests: procurement officers and commissioners (issue 5).</summary>
    public const string RecordWaivers = nameof(RecordWaivers);

    /// <summary>Approve or refuse CPR waivers: decision makers (Directors) only (issue 5; domain.md section 1).</summary>
    public const string DecideWaivers = nameof(DecideWaivers);

    /// <summary>See the register of waivers and their decision reports: council and NHS staff.</summary>
    public const string ViewWaivers = nameof(ViewWaivers);

    /// <summary>Draft, edit and publish opportunities; publish clarifications and answer questions (issue 6).</summary>
    public const string ManageOpportunities = nameof(ManageOpportunities);

    /// <summary>
    /// Approve an opportunity to publish: commissioners, procurement officers and decision makers. The domain
    /// adds that the approver is never the author (Opportunity.Approve).
    /// </summary>
    public const string ApproveOpportunities = nameof(ApproveOpportunities);

    /// <summary>Read opened bids, after the deadline only (SealedBids enforces the deadline).</summary>
    public const string OpenBids = nameof(OpenBids);

    /// <summary>Start evaluation, record the award or cancel: procurement officers and decision makers.</summary>
    public const string RecordOutcome = nameof(RecordOutcome);

    /// <summary>Record the opening of an opportunity's bids, with a second person present: procurement officers (issue 13).</summary>
    public const string RecordBidOpening = nameof(RecordBidOpening);

    /// <summary>Form and change evaluation panels: procurement officers (issue 13).</summary>
    public const string FormPanels = nameof(FormPanels);

    /// <summary>
    /// Declare conflicts of interest and score bids at /scoring: staff and external evaluators. Only what a person's
    /// panels ask them to score is shown; anything else answers 404 where the data is read (SealedBids.OpenedForPanelMember).
    /// </summary>
    public const string ScoreBids = nameof(ScoreBids);

    /// <summary>
    /// Recommend the award of a lot, record the contract award notice and create the contract after the standstill:
    /// procurement officers (issue 13).
    /// </summary>
    public const string RecommendAward = nameof(RecommendAward);

    /// <summary>
    /// Approve an award recommendation or send it back: decision makers only (issue 13; domain.md section 1). The domain adds
    /// that nobody decides their own recommendation (LotAward.Decide).
    /// </summary>
    public const string DecideAward = nameof(DecideAward);

    /// <summary>Approve a new provider organisation's application: administrators and commissioners.</summary>
    public const string ApproveOrganisations = nameof(ApproveOrganisations);

    /// <summary>See the renewals pipeline, its downloads and the UK1 pipeline notice: council and NHS staff (issue 14).</summary>
    public const string ViewPipeline = nameof(ViewPipeline);

    /// <summary>Record a contract's renewal intention and keep the forward plan: council and NHS commissioners (issue 14).</summary>
    public const string ManageRenewals = nameof(ManageRenewals);

    /// <summary>See decommissioning cases (issue 14): commissioners, who prepare them, and decision makers, who decide them. Never providers.</summary>
    public const string ViewDecommissioning = nameof(ViewDecommissioning);

    /// <summary>Approve or refuse a decommissioning case: decision makers (Directors) only (issue 14; domain.md sections 1 and 5).</summary>
    public const string DecideDecommissioning = nameof(DecideDecommissioning);

    /// <summary>
    /// See quarterly monitoring at /monitoring (issue 15): staff see every contract's returns; a provider user sees only the
    /// returns of the contracts their organisation leads, which the queries enforce (another provider's return gives 404).
    /// </summary>
    public const string ViewMonitoring = nameof(ViewMonitoring);

    /// <summary>Keep monitoring plans, record evidence and review quarterly returns: council and NHS commissioners (issue 15).</summary>
    public const string ReviewMonitoring = nameof(ReviewMonitoring);

    /// <summary>Draft and submit a quarterly return: provider users, for contracts their organisation leads (issue 15).</summary>
    public const string SubmitReturns = nameof(SubmitReturns);
    /// <summary>See the dashboard of spend, contracts ending and Keep it Local figures: council and NHS staff (issue 15).</summary>
    public const string ViewDashboard = nameof(ViewDashboard);
    /// <summary>Approve or refuse a contract variation whose value needs a decision: decision makers (Directors) only (issue 15; domain.md section 1).</summary>
    public const string DecideContractChanges = nameof(DecideContractChanges);

    public static void Register(AuthorizationOptions options)
    {
        var signedIn = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(SignedIn, signedIn);
        options.FallbackPolicy = signedIn;

        options.AddPolicy(ManageUsers, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator));
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole(Roles.Staff));
        options.AddPolicy(ViewRegister, p => p.RequireAuthenticatedUser().RequireRole(Roles.Staff));
        options.AddPolicy(ViewContract, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            Roles.Staff.Any(c.User.IsInRole)
            || (c.User.IsInRole(Roles.ProviderUser) && c.User.HasClaim(h => h.Type == LeedsCommissioning.Infrastructure.Identity.AppClaimTypes.ProviderId))));
        options.AddPolicy(ManageContracts, p => p.RequireAuthenticatedUser().RequireRole(Roles.CouncilCommissioner, Roles.CcgCommissioner));
        options.AddPolicy(ManageProviders, p => p.RequireAuthenticatedUser()
            .RequireRole(Roles.CouncilCommissioner, Roles.CcgCommissioner, Roles.Administrator));
        options.AddPolicy(ProviderUser, p => p.RequireAuthenticatedUser().RequireRole(Roles.ProviderUser)
            .RequireClaim(LeedsCommissioning.Infrastructure.Identity.AppClaimTypes.ProviderId));
        options.AddPolicy(ViewProviderPage, p => p.RequireAuthenticatedUser().RequireAssertion(context =>
            Roles.Staff.Any(context.User.IsInRole)
            || (context.User.IsInRole(Roles.ProviderUser) && context.User.HasClaim(c => c.Type == LeedsCommissioning.Infrastructure.Identity.AppClaimTypes.ProviderId))));
        options.AddPolicy(RecordWaivers, p => p.RequireAuthenticatedUser()
            .RequireRole(Roles.ProcurementOfficer, Roles.CouncilCommissioner, Roles.CcgCommissioner));
        options.AddPolicy(DecideWaivers, p => p.RequireAuthenticatedUser().RequireRole(Roles.DecisionMaker));
        options.AddPolicy(ViewWaivers, p => p.RequireAuthenticatedUser().RequireRole(Roles.Staff));
        options.AddPolicy(ManageOpportunities, p => p.RequireAuthenticatedUser()
            .RequireRole(Roles.ProcurementOfficer, Roles.CouncilCommissioner, Roles.CcgCommissioner));
        options.AddPolicy(ApproveOpportunities, p => p.RequireAuthenticatedUser()
            .RequireRole(Roles.ProcurementOfficer, Roles.CouncilCommissioner, Roles.CcgCommissioner, Roles.DecisionMaker));
        options.AddPolicy(OpenBids, p => p.RequireAuthenticatedUser()
            .RequireRole(Roles.ProcurementOfficer, Roles.CouncilCommissioner, Roles.CcgCommissioner, Roles.DecisionMaker));
        options.AddPolicy(RecordOutcome, p => p.RequireAuthenticatedUser().RequireRole(Roles.ProcurementOfficer, Roles.DecisionMaker));
        options.AddPolicy(RecordBidOpening, p => p.RequireAuthenticatedUser().RequireRole(Roles.ProcurementOfficer));
        options.AddPolicy(FormPanels, p => p.RequireAuthenticatedUser().RequireRole(Roles.ProcurementOfficer));
        options.AddPolicy(ScoreBids, p => p.RequireAuthenticatedUser().RequireRole([.. Roles.Staff, Roles.Evaluator]));
        options.AddPolicy(RecommendAward, p => p.RequireAuthenticatedUser().RequireRole(Roles.ProcurementOfficer));
        options.AddPolicy(DecideAward, p => p.RequireAuthenticatedUser().RequireRole(Roles.DecisionMaker));
        options.AddPolicy(ViewDecommissioning, p => p.RequireAuthenticatedUser()
            .RequireRole(Roles.CouncilCommissioner, Roles.CcgCommissioner, Roles.DecisionMaker));
        options.AddPolicy(DecideDecommissioning, p => p.RequireAuthenticatedUser().RequireRole(Roles.DecisionMaker));
        options.AddPolicy(DecideContractChanges, p => p.RequireAuthenticatedUser().RequireRole(Roles.DecisionMaker));
        options.AddPolicy(ApproveOrganisations, p => p.RequireAuthenticatedUser()
            .RequireRole(Roles.Administrator, Roles.CouncilCommissioner, Roles.CcgCommissioner));
        options.AddPolicy(ViewDashboard, p => p.RequireAuthenticatedUser().RequireRole(Roles.Staff));
        options.AddPolicy(ViewPipeline, p => p.RequireAuthenticatedUser().RequireRole(Roles.Staff));
        options.AddPolicy(ManageRenewals, p => p.RequireAuthenticatedUser().RequireRole(Roles.CouncilCommissioner, Roles.CcgCommissioner));
        options.AddPolicy(ViewMonitoring, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            Roles.Staff.Any(c.User.IsInRole)
            || (c.User.IsInRole(Roles.ProviderUser) && c.User.HasClaim(h => h.Type == LeedsCommissioning.Infrastructure.Identity.AppClaimTypes.ProviderId))));
        options.AddPolicy(ReviewMonitoring, p => p.RequireAuthenticatedUser().RequireRole(Roles.CouncilCommissioner, Roles.CcgCommissioner));
        options.AddPolicy(SubmitReturns, p => p.RequireAuthenticatedUser().RequireRole(Roles.ProviderUser)
            .RequireClaim(LeedsCommissioning.Infrastructure.Identity.AppClaimTypes.ProviderId));
    }
}
