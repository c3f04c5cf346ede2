using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Registration;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Web.Features.Account;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Registration;

/// <summary>
/// A new provider organisation applies (anonymous); an administrator or commissioner approves it, which
/// creates the provider and invites the applicant to set a password (issue 6, self-registration).
/// </summary>
public sealed class RegistrationController(CommissioningDbContext db, TimeProvider clock, UserManager<ApplicationUser> users, IEmailSender email) : Controller
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [HttpGet("register-organisation")]
    [AllowAnonymous]
    public IActionResult Register() => View(new RegisterOrganisationViewModel());

    [HttpPost("register-organisation")]
    [AllowAnonymous]
    public async Task<IActionResult> Register(RegisterOrganisationViewModel model, [FromServices] IValidator<RegisterOrganisationViewModel> validator)
    {
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(model);
        }

        try
        {
            db.OrganisationApplications.Add(new OrganisationApplication(model.OrganisationName!, Enum.Parse<ProviderType>(model.Type!),
                model.CharityNumber, model.CompanyNumber, model.Postcode, model.IsLeedsBased!.Value, model.Localities.Select(Enum.Parse<Locality>),
                MoneyText.Parse(model.AnnualIncome), model.Description, model.ApplicantName!, model.ApplicantEmail!, model.ApplicantJobTitle, Now));
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return View(model);
        }

        return Redirect("/register-organisation/sent");
    }

    [HttpGet("register-organisation/sent")]
    [AllowAnonymous]
    public IActionResult Sent() => View();

    [HttpGet("procurement/organisation-applications")]
    [Authorize(Policies.ApproveOrganisations)]
    public async Task<IActionResult> Applications() => View(new ApplicationsViewModel { Rows = await ApplicationRows().ToListAsync() });

    /// <summary>Every application as the list shows it: pending first, newest first within each status.</summary>
    [HttpGet("procurement/organisation-applications/export.csv")]
    [Authorize(Policies.ApproveOrganisations)]
    public IActionResult ApplicationsCsv() => ApplicationRow.Export.Csv(ApplicationRows().AsAsyncEnumerable(), clock.UkToday());

    [HttpGet("procurement/organisation-applications/export.xlsx")]
    [Authorize(Policies.ApproveOrganisations)]
    public IActionResult ApplicationsXlsx() => ApplicationRow.Export.Xlsx(ApplicationRows().AsAsyncEnumerable(), clock.UkToday());

    private IQueryable<ApplicationRow> ApplicationRows() =>
        db.OrganisationApplications.AsNoTracking().OrderBy(a => a.Status).ThenByDescending(a => a.SubmittedAtUtc)
            .Select(a => new ApplicationRow(a.Id, a.OrganisationName, a.ApplicantName, a.SubmittedAtUtc, a.Status));

    [HttpGet("procurement/organisation-applications/{id:int}")]
    [Authorize(Policies.ApproveOrganisations)]
    public async Task<IActionResult> Application(int id)
    {
        var application = await db.OrganisationApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        return application is null ? NotFound() : View(await WithDuplicates(new ApplicationViewModel { Application = application }));
    }

    [HttpPost("procurement/organisation-applications/{id:int}/approve")]
    [Authorize(Policies.ApproveOrganisations)]
    public async Task<IActionResult> Approve(int id)
    {
        var application = await db.OrganisationApplications.SingleOrDefaultAsync(a => a.Id == id);
        if (application is null)
        {
            return NotFound();
        }

        // One transaction: the provider, the approval and the applicant's account are created together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync();
        try
        {
            if (await users.FindByEmailAsync(application.ApplicantEmail) is not null)
            {
                throw new DomainException($"There is already an account for {application.ApplicantEmail}. Add them to the organisation from Manage users instead.");
            }

            var localities = application.Localities;
            var provider = application.ToProvider(await db.Wards.Where(w => localities.Contains(w.Locality)).ToListAsync(), clock.UkToday());
            db.Providers.Add(provider);
            await db.SaveChangesAsync();
            application.Approve(provider.Id, User.DisplayName(), Now);
            var user = new ApplicationUser
            {
                UserName = application.ApplicantEmail,
                Email = application.ApplicantEmail,
                EmailConfirmed = true,
                LockoutEnabled = true,
                DisplayName = application.ApplicantName,
                JobTitle = application.ApplicantJobTitle,
                ProviderId = provider.Id,
                CreatedAtUtc = Now,
            };
            Check(await users.CreateAsync(user));
            Check(await users.AddToRoleAsync(user, Roles.ProviderUser));
            var token = await users.GeneratePasswordResetTokenAsync(user);
            email.Queue(EmailKinds.OrganisationAccount, user.Email, "Your organisation's Leeds Commissioning account",
                PasswordEmails.Invitation(user.DisplayName, User.DisplayName(), PasswordEmails.Link(Request, user.Email, token)));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            TempData["Success"] = $"{application.OrganisationName} is approved";
            TempData["SuccessBody"] = $"We have sent {application.ApplicantEmail} a link to choose a password. They can then bid.";
        }
        catch (DomainException ex)
        {
            await transaction.RollbackAsync();
            TempData["Error"] = ex.Message;
        }

        return Redirect($"/procurement/organisation-applications/{id}");
    }

    [HttpPost("procurement/organisation-applications/{id:int}/reject")]
    [Authorize(Policies.ApproveOrganisations)]
    public async Task<IActionResult> Reject(int id, ApplicationViewModel model)
    {
        var application = await db.OrganisationApplications.SingleOrDefaultAsync(a => a.Id == id);
        if (application is null)
        {
            return NotFound();
        }

        try
        {
            application.Reject(model.Reason ?? "", User.DisplayName(), Now);
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ex.Field == nameof(OrganisationApplication.RejectionReason) ? nameof(model.Reason) : "", ex.Message);
            model.Application = await db.OrganisationApplications.AsNoTracking().SingleAsync(a => a.Id == id);
            return View("Application", await WithDuplicates(model));
        }

        TempData["Success"] = $"{application.OrganisationName}'s application is rejected";
        return Redirect("/procurement/organisation-applications");
    }

    /// <summary>An organisation already in the register should get a user through Manage users, not a second provider record.</summary>
    private async Task<ApplicationViewModel> WithDuplicates(ApplicationViewModel model)
    {
        var a = model.Application;
        var name = a.OrganisationName.ToLower(System.Globalization.CultureInfo.InvariantCulture);
        model.PossibleDuplicates = await db.Providers.AsNoTracking()
            .Where(p => p.Name.ToLower() == name
                || (a.CharityNumber != null && p.CharityNumber == a.CharityNumber)
                || (a.CompanyNumber != null && p.CompanyNumber == a.CompanyNumber))
            .OrderBy(p => p.Name)
            .Select(p => new ProviderMatch(p.Id, p.Name, p.CharityNumber, p.CompanyNumber))
            .ToListAsync();
        return model;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
