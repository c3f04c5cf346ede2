using System.ComponentModel.DataAnnotations;

namespace LeedsCommissioning.Web.Features.Account;

public sealed class ChangePasswordViewModel
{
    [Display(Name = "Current password")]
    public string? CurrentPassword { get; set; }

    [Display(Name = "New password")]
    public string? NewPassword { get; set; }

    [Display(Name = "Confirm new password")]
    public string? ConfirmPassword { get; set; }
}
