using LeedsCommissioning.Domain.Providers;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Providers;

/// <summary>The repeating contact rows shared by the commissioners' form and the provider's own profile form.</summary>
public static class ContactRows
{
    public static List<T> Pad<T>(List<T> rows, Func<T> blank, Func<T, bool> isBlank)
    {
        var list = rows.ToList();
        var trailingBlanks = list.AsEnumerable().Reverse().TakeWhile(isBlank).Count();
        for (var i = trailingBlanks; i < ProviderFormViewModel.BlankRows; i++)
        {
            list.Add(blank());
        }

        return list;
    }

    public static List<ProviderContact> ToContacts(IReadOnlyList<ContactInput> rows, string prefix) =>
        rows.Select((c, i) => (c, i)).Where(x => !x.c.IsBlank)
            .Select(x => ProviderFormViewModel.Row(() => x.c.ToContact(), $"{prefix}[{x.i}]")).ToList();

    public static bool Same(IReadOnlyList<ProviderContact> a, IReadOnlyList<ProviderContact> b) =>
        a.Select(c => (c.Name, c.Role, c.Email, c.Phone)).SequenceEqual(b.Select(c => (c.Name, c.Role, c.Email, c.Phone)));
}
