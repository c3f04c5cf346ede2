using System.ComponentModel.DataAnnotations;

namespace LeedsCommissioning.Web.Features.Account;

public sealed class ForgotPasswordViewModel
{
    [Display(Name = "Email address")]
    public string? Email { get; set; }
}
