using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeedsCommissioning.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ProvidersAndContracts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "AnnualIncome",
                table: "Providers",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CharityNumber",
                table: "Providers",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CompanyNumber",
                table: "Providers",
                type: "nvarchar(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "Providers",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IncomeYear",
                table: "Providers",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsLeedsBased",
                table: "Providers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsThirdSector",
                table: "Providers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "SizeBand",
                table: "Providers",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Type",
                table: "Providers",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "RegisteredCharity");

            migrationBuilder.AddColumn<string>(
                name: "VettingStatus",
                table: "Providers",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "NotVetted");

            migrationBuilder.AddColumn<DateOnly>(
                name: "VettingStatusDate",
                table: "Providers",
                type: "date",
                nullable: true);

            // Existing providers default to registered charities, which are third sector.
            migrationBuilder.Sql("UPDATE [Providers] SET [IsThirdSector] = 1;");

            migrationBuilder.CreateTable(
                name: "Contracts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Reference = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ServiceArea = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    CommissioningOrganisationId = table.Column<int>(type: "int", nullable: false),
                    ResponsibleCommissionerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ResponsibleCommissionerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    AgreementType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    PaymentMechanism = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ProcurementRoute = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    CprWaiverId = table.Column<int>(type: "int", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    InitialEndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CurrentEndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    MaximumEndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    AnnualValue = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    WholeLifeValue = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    MaximumWholeLifeValue = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    SmallLocalShare = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: false),
                    LeadProviderId = table.Column<int>(type: "int", nullable: true),
                    LeadProviderIsThirdSector = table.Column<bool>(type: "bit", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contracts_CommissioningOrganisations_CommissioningOrganisationId",
                        column: x => x.CommissioningOrganisationId,
                        principalTable: "CommissioningOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contracts_Providers_LeadProviderId",
                        column: x => x.LeadProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProviderContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    ProviderId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProviderContacts_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProviderCqcLocations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CqcLocationId = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Rating = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    RatingDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ProviderId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderCqcLocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProviderCqcLocations_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Wards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Locality = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContractDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ContractId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    StorageKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UploadedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    UploadedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractDocuments_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContractExtensions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ContractId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Months = table.Column<int>(type: "int", nullable: false),
                    DecideBy = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractExtensions_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContractProviders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ContractId = table.Column<int>(type: "int", nullable: false),
                    ProviderId = table.Column<int>(type: "int", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    AnnualShare = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractProviders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractProviders_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContractProviders_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FundingContributions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ContractId = table.Column<int>(type: "int", nullable: false),
                    FunderOrganisationId = table.Column<int>(type: "int", nullable: true),
                    PartnerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Stream = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    AnnualAmount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingContributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundingContributions_CommissioningOrganisations_FunderOrganisationId",
                        column: x => x.FunderOrganisationId,
                        principalTable: "CommissioningOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FundingContributions_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProviderWards",
                columns: table => new
                {
                    ProviderId = table.Column<int>(type: "int", nullable: false),
                    WardId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderWards", x => new { x.ProviderId, x.WardId });
                    table.ForeignKey(
                        name: "FK_ProviderWards_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProviderWards_Wards_WardId",
                        column: x => x.WardId,
                        principalTable: "Wards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Providers_SizeBand",
                table: "Providers",
                column: "SizeBand");

            migrationBuilder.CreateIndex(
                name: "IX_Providers_Type",
                table: "Providers",
                column: "Type");

            migrationBuilder.CreateIndex(
                name: "IX_Providers_VettingStatus",
                table: "Providers",
                column: "VettingStatus");

            migrationBuilder.CreateIndex(
                name: "IX_ContractDocuments_ContractId",
                table: "ContractDocuments",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractDocuments_StorageKey",
                table: "ContractDocuments",
                column: "StorageKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractExtensions_ContractId_Number",
                table: "ContractExtensions",
                columns: new[] { "ContractId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractProviders_ContractId_ProviderId",
                table: "ContractProviders",
                columns: new[] { "ContractId", "ProviderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractProviders_ProviderId",
                table: "ContractProviders",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_AnnualValue",
                table: "Contracts",
                column: "AnnualValue");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_CommissioningOrganisationId",
                table: "Contracts",
                column: "CommissioningOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_CurrentEndDate",
                table: "Contracts",
                column: "CurrentEndDate");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_LeadProviderId",
                table: "Contracts",
                column: "LeadProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_Reference",
                table: "Contracts",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_ServiceArea",
                table: "Contracts",
                column: "ServiceArea");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_Status",
                table: "Contracts",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_Title",
                table: "Contracts",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_FundingContributions_ContractId",
                table: "FundingContributions",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingContributions_FunderOrganisationId",
                table: "FundingContributions",
                column: "FunderOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingContributions_PartnerName",
                table: "FundingContributions",
                column: "PartnerName");

            migrationBuilder.CreateIndex(
                name: "IX_ProviderContacts_ProviderId",
                table: "ProviderContacts",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_ProviderCqcLocations_ProviderId",
                table: "ProviderCqcLocations",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_ProviderWards_WardId",
                table: "ProviderWards",
                column: "WardId");

            migrationBuilder.CreateIndex(
                name: "IX_Wards_Name",
                table: "Wards",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContractDocuments");

            migrationBuilder.DropTable(
                name: "ContractExtensions");

            migrationBuilder.DropTable(
                name: "ContractProviders");

            migrationBuilder.DropTable(
                name: "FundingContributions");

            migrationBuilder.DropTable(
                name: "ProviderContacts");

            migrationBuilder.DropTable(
                name: "ProviderCqcLocations");

            migrationBuilder.DropTable(
                name: "ProviderWards");

            migrationBuilder.DropTable(
                name: "Contracts");

            migrationBuilder.DropTable(
                name: "Wards");

            migrationBuilder.DropIndex(
                name: "IX_Providers_SizeBand",
                table: "Providers");

            migrationBuilder.DropIndex(
                name: "IX_Providers_Type",
                table: "Providers");

            migrationBuilder.DropIndex(
                name: "IX_Providers_VettingStatus",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "AnnualIncome",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "CharityNumber",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "CompanyNumber",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Description",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "IncomeYear",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "IsLeedsBased",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "IsThirdSector",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "SizeBand",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "Type",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "VettingStatus",
                table: "Providers");

            migrationBuilder.DropColumn(
                name: "VettingStatusDate",
                table: "Providers");
        }
    }
}
