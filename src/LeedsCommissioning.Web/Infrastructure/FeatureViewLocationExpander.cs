using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// Finds a controller's views in the feature folder its namespace names, so one folder
/// (Features/Contracts/) can hold several controllers (register, editor, import) and their views.
/// </summary>
internal sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string Key = "feature";
    private const string Prefix = "LeedsCommissioning.Web.Features.";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && action.ControllerTypeInfo.Namespace is { } ns && ns.StartsWith(Prefix, StringComparison.Ordinal))
        {
            context.Values[Key] = ns[Prefix.Length..].Replace('.', '/');
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        context.Values.TryGetValue(Key, out var feature) && feature is not null
            ? viewLocations.Prepend("/Features/" + feature + "/{0}" + RazorViewEngine.ViewExtension)
            : viewLocations;
}
