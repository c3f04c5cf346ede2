using System.ComponentModel.DataAnnotations;

namespace LeedsCommissioning.Web.Features.Account;

public sealed class ResetPasswordViewModel
{
    public string? Email { get; set; }

    public string? Token { get; set; }

    [Display(Name = "New password")]
    public string? NewPassword { get; set; }

    [Display(Name = "Confirm new password")]
    public string? ConfirmPassword { get; set; }
}
