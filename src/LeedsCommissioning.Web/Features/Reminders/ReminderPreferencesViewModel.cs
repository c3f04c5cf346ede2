using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Reminders;

/// <summary>The kinds of reminder the person takes by e-mail (/account/reminders). Every kind is on until they untick it.</summary>
public sealed class ReminderPreferencesViewModel
{
    [Display(Name = "Which reminders do you want by email?")]
    public List<string> ByEmail { get; set; } = [];

    public IReadOnlyList<SelectListItem> Options =>
        ReminderKindNames.All.Select(k => new SelectListItem(k.ToDisplayName(), k.ToString(), ByEmail.Contains(k.ToString()))).ToList();
}

public sealed class ReminderPreferencesValidator : AbstractValidator<ReminderPreferencesViewModel>
{
    public ReminderPreferencesValidator() =>
        RuleFor(m => m.ByEmail)
            .Must(kinds => kinds.All(k => Enum.TryParse<ReminderKind>(k, out var kind) && Enum.IsDefined(kind) && !int.TryParse(k, out _)))
            .WithMessage("Select reminders from the list");
}
