using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Registration;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LeedsCommissioning.Infrastructure.Data;

/// <summary>
/// The one database context. The provider (SQLite, SQL Server, PostgreSQL) is chosen by configuration;
/// each provider keeps its migrations in its own assembly (see <see cref="DatabaseSetup"/>).
/// </summary>
public sealed class CommissioningDbContext(DbContextOptions<CommissioningDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Provider> Providers => Set<Provider>();

    public DbSet<CommissioningOrganisation> CommissioningOrganisations => Set<CommissioningOrganisation>();

    public DbSet<Ward> Wards => Set<Ward>();

    public DbSet<Contract> Contracts => Set<Contract>();

    /// <summary>Queryable on their own for the register's provider filter and a provider's totals.</summary>
    public DbSet<ContractProvider> ContractProviders => Set<ContractProvider>();

    /// <summary>Queryable on their own for the register's funder filter and funding totals.</summary>
    public DbSet<FundingContribution> FundingContributions => Set<FundingContribution>();

    public DbSet<ContractExtension> ContractExtensions => Set<ContractExtension>();

    public DbSet<ContractDocument> ContractDocuments => Set<ContractDocument>();

    /// <summary>Changes of value, funding, term and status recorded with their effective date and reason (issue 19).</summary>
    public DbSet<ContractChange> ContractChanges => Set<ContractChange>();

    /// <summary>The bytes of contract documents, by storage key (see <see cref="Documents.ContractDocumentContent"/>).</summary>
    public DbSet<Documents.ContractDocumentContent> ContractDocumentContents => Set<Documents.ContractDocumentContent>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Accounts locked and unlocked by administrators, with the reason (issue 19).</summary>
    public DbSet<AccountEvent> AccountEvents => Set<AccountEvent>();

    public DbSet<EmailMessage> EmailMessages => Set<EmailMessage>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Leases of the jobs that must run once across every instance (see <see cref="Scheduling.ScheduledJobRunner"/>).</summary>
    public DbSet<Scheduling.ScheduledJobLease> ScheduledJobs => Set<Scheduling.ScheduledJobLease>();

    /// <summary>Reminders raised for each user by the scheduled reminders job (issue 14), once per user and key.</summary>
    public DbSet<Reminders.Reminder> Reminders => Set<Reminders.Reminder>();

    /// <summary>Kinds of reminder a user has chosen not to receive by e-mail (issue 14).</summary>
    public DbSet<Reminders.ReminderEmailOptOut> ReminderEmailOptOuts => Set<Reminders.ReminderEmailOptOut>();

    // CPR waivers and decision records (issue 5)
    public DbSet<CprWaiver> CprWaivers => Set<CprWaiver>();

    public DbSet<DecisionRecord> DecisionRecords => Set<DecisionRecord>();

    // Opportunities, lots and bids (issue 6). Bids have no DbSet: read them through Opportunities/SealedBids.
    public DbSet<Opportunity> Opportunities => Set<Opportunity>();

    public DbSet<SocialValueCriterion> SocialValueCriteria => Set<SocialValueCriterion>();

    public DbSet<ClarificationQuestion> ClarificationQuestions => Set<ClarificationQuestion>();

    public DbSet<InterestRegistration> InterestRegistrations => Set<InterestRegistration>();

    public DbSet<OrganisationApplication> OrganisationApplications => Set<OrganisationApplication>();

    // Evaluation (issue 13): the recorded opening of bids, panels with their declarations, individual score sheets.
    // Score sheets name a bid but hold no bid content; bid content is still read only through SealedBids.
    public DbSet<BidOpening> BidOpenings => Set<BidOpening>();

    public DbSet<EvaluationPanel> EvaluationPanels => Set<EvaluationPanel>();

    public DbSet<ScoreSheet> ScoreSheets => Set<ScoreSheet>();

    public DbSet<BidModeration> Moderations => Set<BidModeration>();

    // Award (issue 13): each lot's recommendations with their decision records, and the bidders' outcome letters.
    public DbSet<Domain.Awards.LotAward> LotAwards => Set<Domain.Awards.LotAward>();

    public DbSet<Domain.Awards.OutcomeLetter> OutcomeLetters => Set<Domain.Awards.OutcomeLetter>();

    // Renewals pipeline (issue 14): each contract's renewal plan, and the forward plan's commissioning intentions.
    public DbSet<Domain.Renewals.RenewalPlan> RenewalPlans => Set<Domain.Renewals.RenewalPlan>();

    public DbSet<Domain.Renewals.ForwardPlanIntention> ForwardPlanIntentions => Set<Domain.Renewals.ForwardPlanIntention>();

    // Decommissioning (issue 14): cases for change, each with its checklists, log, exit plan and Compact notices.
    public DbSet<Domain.Decommissioning.DecommissioningCase> DecommissioningCases => Set<Domain.Decommissioning.DecommissioningCase>();

    // Quarterly monitoring (issue 15): plans, returns (with their reviews) and evidence.
    public DbSet<Domain.Monitoring.MonitoringPlan> MonitoringPlans => Set<Domain.Monitoring.MonitoringPlan>();

    public DbSet<Domain.Monitoring.QuarterlyReturn> QuarterlyReturns => Set<Domain.Monitoring.QuarterlyReturn>();

    public DbSet<Domain.Monitoring.MonitoringReview> MonitoringReviews => Set<Domain.Monitoring.MonitoringReview>();

    public DbSet<Domain.Monitoring.MonitoringEvidence> MonitoringEvidence => Set<Domain.Monitoring.MonitoringEvidence>();
    // Contract performance (issue 15): key performance indicators with their yearly ratings, breaches and poor performance.
    public DbSet<Domain.Performance.KeyPerformanceIndicator> KeyPerformanceIndicators => Set<Domain.Performance.KeyPerformanceIndicator>();

    public DbSet<Domain.Performance.PerformanceFailure> PerformanceFailures => Set<Domain.Performance.PerformanceFailure>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CommissioningDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money is pounds and pence everywhere (domain.md section 2).
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);

        // Instants are stored in UTC and read back as UTC, whatever the provider.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? (v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime()) : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
