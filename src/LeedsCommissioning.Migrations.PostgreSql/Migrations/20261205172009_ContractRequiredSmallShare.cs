using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ContractRequiredSmallShare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "RequiredSmallShare",
                table: "Contracts",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);

            // Service areas become the MPS's five (domain.md section 2): the earlier client groups are mapped
            // onto the area where MPS section 5 describes most of their services.
            foreach (var (from, to) in new[]
            {
                ("MentalHealth", "SupportInTheCommunity"), ("Carers", "SupportInTheCommunity"),
                ("LearningDisability", "SupportInTheCommunity"), ("ChildrenAndYoungPeople", "SupportInTheCommunity"),
                ("SubstanceMisuse", "SupportInTheCommunity"), ("HomelessnessAndHousingSupport", "SupportInTheCommunity"),
                ("DomesticViolence", "SupportInTheCommunity"), ("OlderPeople", "SupportToLiveIndependently"),
                ("PhysicalDisability", "SupportToLiveIndependently"), ("PublicHealth", "UniversalPreventionAndEarlyIntervention"),
                ("SexualHealth", "UniversalPreventionAndEarlyIntervention"), ("YouthWork", "UniversalPreventionAndEarlyIntervention"),
                ("CommunityAndThirdSectorInfrastructure", "UniversalPreventionAndEarlyIntervention"),
            })
            {
                migrationBuilder.Sql($"UPDATE \"Contracts\" SET \"ServiceArea\" = '{to}' WHERE \"ServiceArea\" = '{from}';");
                migrationBuilder.Sql($"UPDATE \"Opportunities\" SET \"ServiceArea\" = '{to}' WHERE \"ServiceArea\" = '{from}';");
            }

            // NCVO's "major" band (income of £10m or more) was folded into large before.
            migrationBuilder.Sql("UPDATE \"Providers\" SET \"SizeBand\" = 'Major' WHERE CAST(\"AnnualIncome\" AS REAL) >= 10000000;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RequiredSmallShare",
                table: "Contracts");
        }
    }
}
