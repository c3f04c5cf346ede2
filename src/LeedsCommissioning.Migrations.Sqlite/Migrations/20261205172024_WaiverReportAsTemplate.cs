using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WaiverReportAsTemplate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "Route",
                table: "DecisionRecords",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<int>(
                name: "Kind",
                table: "DecisionRecords",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<string>(
                name: "BestValue",
                table: "CprWaivers",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClimateEmergency",
                table: "CprWaivers",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CostBreakdown",
                table: "CprWaivers",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OmbudsmanRisk",
                table: "CprWaivers",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResourceImplications",
                table: "CprWaivers",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TransparencyAndAdvertising",
                table: "CprWaivers",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ValueForMoney",
                table: "CprWaivers",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BestValue",
                table: "CprWaivers");

            migrationBuilder.DropColumn(
                name: "ClimateEmergency",
                table: "CprWaivers");

            migrationBuilder.DropColumn(
                name: "CostBreakdown",
                table: "CprWaivers");

            migrationBuilder.DropColumn(
                name: "OmbudsmanRisk",
                table: "CprWaivers");

            migrationBuilder.DropColumn(
                name: "ResourceImplications",
                table: "CprWaivers");

            migrationBuilder.DropColumn(
                name: "TransparencyAndAdvertising",
                table: "CprWaivers");

            migrationBuilder.DropColumn(
                name: "ValueForMoney",
                table: "CprWaivers");

            migrationBuilder.AlterColumn<int>(
                name: "Route",
                table: "DecisionRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "Kind",
                table: "DecisionRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
