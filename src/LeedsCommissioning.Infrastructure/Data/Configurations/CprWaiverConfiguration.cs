using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Waivers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

/// <summary>CPR waivers (issue 5): the aggregate and its decision record.</summary>
internal sealed class CprWaiverConfiguration : IEntityTypeConfiguration<CprWaiver>
{
    private const int Long = 20_000;

    public void Configure(EntityTypeBuilder<CprWaiver> builder)
    {
        builder.ToTable("CprWaivers");
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.Property(w => w.Subject).HasMaxLength(300).IsRequired();
        builder.Property(w => w.AuthorUserId).HasMaxLength(450).IsRequired();
        builder.Property(w => w.AuthorName).HasMaxLength(200).IsRequired();
        builder.Property(w => w.ReportOf).HasMaxLength(200);
        builder.Property(w => w.AuthorityRule).HasMaxLength(20).IsRequired();
        builder.Property(w => w.OtherRulesWaived).HasMaxLength(200);
        builder.Property(w => w.NewSupplierName).HasMaxLength(200);
        builder.Property(w => w.ImplementingOfficer).HasMaxLength(200);
        builder.Property(w => w.BudgetSource).HasMaxLength(300);
        builder.Property(w => w.LegalReviewBy).HasMaxLength(200);
        builder.PrimitiveCollection(w => w.RulesWaived).HasField("_rulesWaived");
        foreach (var text in new[]
                 {
                     nameof(CprWaiver.Summary), nameof(CprWaiver.Recommendations), nameof(CprWaiver.Purpose), nameof(CprWaiver.Background),
                     nameof(CprWaiver.MainIssues), nameof(CprWaiver.ConsultationAndEngagement), nameof(CprWaiver.EqualityAndDiversity),
                     nameof(CprWaiver.CouncilPolicies), nameof(CprWaiver.ResourcesAndValueForMoney), nameof(CprWaiver.LegalImplications),
                     nameof(CprWaiver.RiskManagement), nameof(CprWaiver.Conclusions), nameof(CprWaiver.BackgroundDocuments),
                     nameof(CprWaiver.CrossBorderSubjectMatter), nameof(CprWaiver.CrossBorderValue), nameof(CprWaiver.CrossBorderSector),
                     nameof(CprWaiver.CrossBorderLocation), nameof(CprWaiver.ResourceImplications), nameof(CprWaiver.ClimateEmergency),
                     nameof(CprWaiver.CostBreakdown), nameof(CprWaiver.ValueForMoney), nameof(CprWaiver.TransparencyAndAdvertising),
                     nameof(CprWaiver.OmbudsmanRisk), nameof(CprWaiver.BestValue),
                 })
        {
            builder.Property<string?>(text).HasMaxLength(Long);
        }

        builder.HasOne(w => w.Decision).WithOne().HasForeignKey<CprWaiver>(w => w.DecisionRecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(w => w.Provider).WithMany().HasForeignKey(w => w.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(w => w.CommissioningOrganisation).WithMany().HasForeignKey(w => w.CommissioningOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CprWaiver>().WithMany().HasForeignKey(w => w.PreviousVersionId).OnDelete(DeleteBehavior.Restrict);

        // Linked both ways (domain.md section 4: "an approved waiver leads to a contract in the register").
        builder.HasOne<Contract>().WithMany().HasForeignKey(w => w.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany<Contract>().WithOne().HasForeignKey(c => c.CprWaiverId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => new { w.Status, w.RegisterDate });
        builder.HasIndex(w => w.FirstVersionId);
        builder.HasIndex(w => w.ContractId);
    }
}
