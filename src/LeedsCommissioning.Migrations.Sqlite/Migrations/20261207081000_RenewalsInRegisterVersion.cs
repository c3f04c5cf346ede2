using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Adds the renewal plans (RenewalPlans) and the contracts' extensions (ContractExtensions) to the tables whose every
    /// change raises the register's version counter (migration RegisterSearch), because the contract page keeps its
    /// renewal line (PipelineQueries.RowAsync: the plan's intention and owner, the next pending extension's decision date)
    /// with the contract's facts per version: a plan or an extension changed by anyone, on any instance, must be seen at once.
    /// </summary>
    public partial class RenewalsInRegisterVersion : Migration
    {
        private static readonly string[] Tables = ["RenewalPlans", "ContractExtensions"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                foreach (var change in new[] { "INSERT", "UPDATE", "DELETE" })
                {
                    migrationBuilder.Sql($"CREATE TRIGGER \"RegisterVersion_{table}_{change}\" AFTER {change} ON \"{table}\" BEGIN "
                        + "UPDATE \"RegisterVersion\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = 1; END;");
                }
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                foreach (var change in new[] { "INSERT", "UPDATE", "DELETE" })
                {
                    migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"RegisterVersion_{table}_{change}\";");
                }
            }
        }
    }
}
