using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using System.Text.Encodings.Web;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace LeedsCommissioning.Web.Tests.TagHelpers;

/// <summary>The model the tag helper tests bind to.</summary>
public sealed class ContractForm
{
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    public string? Password { get; set; }

    [Display(Name = "Contract value")]
    public decimal? ContractValue { get; set; }

    [Display(Name = "Describe the service")]
    public string? Description { get; set; }

    [Display(Name = "Lot")]
    public string? Lot { get; set; }

    [Display(Name = "Is this a renewal?")]
    public bool? IsRenewal { get; set; }

    [Display(Name = "Which services are included?")]
    public List<string> Services { get; set; } = [];

    [Display(Name = "I accept the terms")]
    public bool AcceptTerms { get; set; }

    [Display(Name = "Start date")]
    public DateInputModel StartDate { get; set; } = new();

    [Display(Name = "Upload the specification")]
    public IFormFile? Specification { get; set; }

    public ContactDetails Contact { get; set; } = new();
}

public sealed class ContactDetails
{
    [Display(Name = "Contact phone number")]
    public string? Phone { get; set; }
}

/// <summary>Renders a tag helper against a real MVC metadata provider (so [Display] is honoured).</summary>
internal sealed class TagHelperHarness<TModel>
{
    private static readonly IModelMetadataProvider MetadataProvider = new ServiceCollection()
        .AddLogging()
        .AddControllersWithViews()
        .Services
        .BuildServiceProvider()
        .GetRequiredService<IModelMetadataProvider>();

    public TagHelperHarness(TModel model)
    {
        var httpContext = new DefaultHttpContext();
        var viewData = new ViewDataDictionary<TModel>(MetadataProvider, ModelState) { Model = model };
        ViewContext = new ViewContext(
            new ActionContext(httpContext, new RouteData(), new ActionDescriptor(), ModelState),
            Mock.Of<IView>(),
            viewData,
            new TempDataDictionary(httpContext, Mock.Of<ITempDataProvider>()),
            TextWriter.Null,
            new HtmlHelperOptions());
    }

    public ModelStateDictionary ModelState { get; } = new();

    public ViewContext ViewContext { get; }

    /// <summary>Records what the user posted for a field, as model binding does.</summary>
    public TagHelperHarness<TModel> Posted(string key, params string[] values)
    {
        ModelState.SetModelValue(key, values.Length == 1 ? values[0] : values, string.Join(',', values));
        return this;
    }

    public TagHelperHarness<TModel> Error(string key, string message)
    {
        ModelState.AddModelError(key, message);
        return this;
    }

    public ModelExpression For<TValue>(Expression<Func<TModel, TValue>> expression) =>
        new ModelExpressionProvider(MetadataProvider)
            .CreateModelExpression((ViewDataDictionary<TModel>)ViewContext.ViewData, expression);

    /// <summary>Runs the tag helper and parses its output; unbound attributes can be passed in.</summary>
    public Rendered Render(TagHelper tagHelper, params (string Name, string Value)[] unboundAttributes)
    {
        var attributes = new TagHelperAttributeList(unboundAttributes.Select(a => new TagHelperAttribute(a.Name, a.Value)));
        var context = new TagHelperContext(new TagHelperAttributeList(), new Dictionary<object, object>(), "test");
        var output = new TagHelperOutput(
            "govuk-test",
            attributes,
            (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));

        tagHelper.Process(context, output);

        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        var html = writer.ToString();
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        return new Rendered(html, document);
    }
}

internal sealed record Rendered(string Html, IDocument Document)
{
    public IElement Single(string selector) =>
        Assert.Single(Document.QuerySelectorAll(selector));

    public IElement? Find(string selector) => Document.QuerySelector(selector);

    public IHtmlCollection<IElement> All(string selector) => Document.QuerySelectorAll(selector);
}
