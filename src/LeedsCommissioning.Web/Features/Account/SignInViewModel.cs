using System.ComponentModel.DataAnnotations;

namespace LeedsCommissioning.Web.Features.Account;

public sealed class SignInViewModel
{
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [Display(Name = "Password")]
    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}
