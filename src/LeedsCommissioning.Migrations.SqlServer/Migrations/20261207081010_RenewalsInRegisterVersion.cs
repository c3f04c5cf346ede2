using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.SqlServer.Migrations
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
                migrationBuilder.Sql($"ALTER TABLE [{table}] ENABLE CHANGE_TRACKING;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"ALTER TABLE [{table}] DISABLE CHANGE_TRACKING;");
            }
        }
    }
}
