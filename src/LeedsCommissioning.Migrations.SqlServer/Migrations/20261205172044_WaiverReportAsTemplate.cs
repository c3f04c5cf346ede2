using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.SqlServer.Migrations
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
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "Kind",
                table: "DecisionRecords",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AddColumn<string>(
                name: "BestValue",
                table: "CprWaivers",
                type: "nvarchar(max)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClimateEmergency",
                table: "CprWaivers",
                type: "nvarchar(max)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CostBreakdown",
                table: "CprWaivers",
                type: "nvarchar(max)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OmbudsmanRisk",
                table: "CprWaivers",
                type: "nvarchar(max)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResourceImplications",
                table: "CprWaivers",
                type: "nvarchar(max)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TransparencyAndAdvertising",
                table: "CprWaivers",
                type: "nvarchar(max)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ValueForMoney",
                table: "CprWaivers",
                type: "nvarchar(max)",
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
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "Kind",
                table: "DecisionRecords",
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);
        }
    }
}
