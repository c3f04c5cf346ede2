using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace LeedsCommissioning.Web.Features.Account;

/// <summary>The wording of password e-mails, and their links.</summary>
public static class PasswordEmails
{
    public static string Link(HttpRequest request, string email, string token)
    {
        var encoded = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        return $"{request.Scheme}://{request.Host}/account/reset-password?email={Uri.EscapeDataString(email)}&token={encoded}";
    }

    public static string Reset(string link, bool lockedByAdministrator = false) =>
        $"""
        Someone asked to reset the password of your Leeds Commissioning account.

        To choose a new password, open this link within 3 days:
        {link}{(lockedByAdministrator ? "\n\nYour account is locked by a portal administrator. A new password does not unlock it: ask the administrator who locked it, or the commissioning team, to unlock it." : "")}

        If it was not you, you can ignore this e-mail: your password has not changed.

        Leeds Commissioning
        """;

    public static string Invitation(string name, string invitedBy, string link) =>
        $"""
        Dear {name},

        {invitedBy} has given you an account on Leeds Commissioning, the portal Leeds City Council and NHS Leeds use to commission health and care services.

        To choose your password and sign in, open this link within 3 days:
        {link}

        Leeds Commissioning
        """;
}
