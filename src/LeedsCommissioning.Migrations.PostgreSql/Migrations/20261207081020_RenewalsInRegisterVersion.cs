using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.PostgreSql.Migrations
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
                migrationBuilder.Sql($"CREATE TRIGGER \"RegisterVersion_{table}\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"{table}\" "
                    + "FOR EACH STATEMENT EXECUTE FUNCTION register_version_raise();");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"RegisterVersion_{table}\" ON \"{table}\";");
            }
        }
    }
}
