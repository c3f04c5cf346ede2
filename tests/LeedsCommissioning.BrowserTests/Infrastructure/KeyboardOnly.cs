using Microsoft.Playwright;

namespace LeedsCommissioning.BrowserTests.Infrastructure;

/// <summary>
/// A journey driven by the keyboard alone: Tab and Shift+Tab to move, typing into fields, arrow keys in a radio
/// group, type-ahead in a select, Enter on links and buttons. No mouse and no Playwright click. Every time focus
/// leaves a control the step checks that it did leave (no keyboard trap) and that the control looked different
/// while it had focus (a visible focus indicator: its outline, box shadow, background, colour or underline, or
/// those of its label's ::before or ::after, where GOV.UK draws a radio's or a checkbox's focus ring).
/// </summary>
public sealed class KeyboardOnly(Journey journey)
{
    /// <summary>How many key presses may pass before a control is reached: enough for the longest form (a bid).</summary>
    private const int MostPresses = 150;

    /// <summary>
    /// Remembers the focused element (window.__keyboardOnly) and returns what it is and how it looks focused.
    /// </summary>
    private const string MarkTheFocusedElement = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) { window.__keyboardOnly = null; return null; }
          window.__keyboardOnly = el;
          const text = (el.getAttribute('aria-label') || el.innerText || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 50);
          const described = '<' + el.tagName.toLowerCase() + (el.id ? ' id="' + el.id + '"' : '') + (el.name ? ' name="' + el.name + '"' : '') + '> "' + text + '"';
          return { described, look: window.__keyboardOnlyLook(el) };
        }
        """;

    /// <summary>How the remembered element looks now, and whether it still has focus.</summary>
    private const string TheMarkedElementNow = """
        () => {
          const el = window.__keyboardOnly;
          if (!el || !el.isConnected) return { stillFocused: false, look: null };
          return { stillFocused: document.activeElement === el, look: window.__keyboardOnlyLook(el) };
        }
        """;

    private const string DefineLook = """
        () => {
          window.__keyboardOnlyLook = el => {
            const of = (e, pseudo) => {
              if (!e) return '';
              const s = getComputedStyle(e, pseudo);
              return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color,
                s.textDecorationLine, s.textDecorationThickness, s.borderColor].join('|');
            };
            const label = el.labels && el.labels[0];
            return [of(el), of(el, '::before'), of(el, '::after'), of(label), of(label, '::before'), of(label, '::after')].join(' / ');
          };
        }
        """;

    private const string PrecedesTheFocusedElement = """
        el => {
          const active = document.activeElement;
          return !!active && active !== document.body && active !== el
            && (el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        }
        """;

    private IPage Page => journey.Page;

    /// <summary>Every key press the journey made.</summary>
    public int Presses { get; private set; }

    /// <summary>Every control focus left, described, in order.</summary>
    public List<string> Left { get; } = [];

    /// <summary>Signs in from the sign-in page, typing and tabbing.</summary>
    public async Task SignInAsync(string email)
    {
        await journey.GoToAsync("/account/sign-in", "sign-in");
        await TypeAsync(Page.GetByLabel("Email address"), email);
        await TypeAsync(Page.GetByLabel("Password"), Journey.DemoPassword);
        await PressAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }), "home");
    }

    /// <summary>
    /// Presses Tab (or Shift+Tab, if <paramref name="target"/> comes before the focused element) until the target
    /// has focus, checking every control focus leaves on the way.
    /// </summary>
    public async Task TabToAsync(ILocator target)
    {
        await target.WaitForAsync();
        var key = await target.EvaluateAsync<bool>(PrecedesTheFocusedElement) ? "Shift+Tab" : "Tab";
        for (var presses = 0; presses < MostPresses; presses++)
        {
            if (await target.EvaluateAsync<bool>("el => el === document.activeElement"))
            {
                return;
            }

            await StepAsync(key);
        }

        Assert.Fail($"{key} never reached {target} in {MostPresses} presses on {Page.Url}");
    }

    /// <summary>Tabs to a field, selects what it holds and types <paramref name="text"/> over it.</summary>
    public async Task TypeAsync(ILocator field, string text)
    {
        await TabToAsync(field);
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.TypeAsync(text);
        Presses += 1 + text.Length;
    }

    /// <summary>Tabs into the radio group of <paramref name="radio"/> and moves to it with the arrow keys, which choose it.</summary>
    public async Task ChooseAsync(ILocator radio)
    {
        var name = await radio.GetAttributeAsync("name");
        await radio.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        for (var presses = 0; !await Page.EvaluateAsync<bool>("name => document.activeElement?.type === 'radio' && document.activeElement.name === name", name); presses++)
        {
            Assert.True(presses < MostPresses, $"Tab never reached the radios {name} on {Page.Url}");
            await StepAsync("Tab");
        }

        for (var presses = 0; presses < 10 && !await radio.EvaluateAsync<bool>("el => el === document.activeElement"); presses++)
        {
            await StepAsync("ArrowDown");
        }

        if (!await radio.IsCheckedAsync())
        {
            await Page.Keyboard.PressAsync("Space");
            Presses++;
        }

        Assert.True(await radio.IsCheckedAsync(), $"The arrow keys and Space did not choose {radio}");
    }

    /// <summary>Tabs to a select and types the start of the option's text, as Chromium's type-ahead allows.</summary>
    public async Task SelectAsync(ILocator select, string option)
    {
        await TabToAsync(select);
        await Page.Keyboard.TypeAsync(option);
        Presses += option.Length;
        Assert.Equal(option, (await select.EvaluateAsync<string>("el => el.selectedOptions[0].text")).Trim());
    }

    /// <summary>Tabs to a link or a button and presses Enter, then waits for the page it opens (screenshotted and checked with axe).</summary>
    public async Task PressAsync(ILocator linkOrButton, string pageName)
    {
        await TabToAsync(linkOrButton);
        Presses++;
        await journey.NavigateAsync(() => Page.Keyboard.PressAsync("Enter"), pageName);
    }

    /// <summary>
    /// One key press that moves focus: the control that had focus must lose it (no trap) and must have looked
    /// different while it had it (a visible focus indicator).
    /// </summary>
    private async Task StepAsync(string key)
    {
        await Page.EvaluateAsync(DefineLook);
        var before = await Page.EvaluateAsync<Focused?>(MarkTheFocusedElement);
        await Page.Keyboard.PressAsync(key);
        Presses++;
        if (before is null)
        {
            return;
        }

        var after = await Page.EvaluateAsync<Marked>(TheMarkedElementNow);
        Assert.False(after.StillFocused, $"{key} did not move focus on from {before.Described} on {Page.Url}: a keyboard trap.");
        if (after.Look is not null)
        {
            Assert.True(after.Look != before.Look, $"{before.Described} on {Page.Url} looks the same with and without focus: no visible focus indicator.");
        }

        Left.Add(before.Described);
    }

    private sealed class Focused
    {
        public string Described { get; set; } = "";

        public string Look { get; set; } = "";
    }

    private sealed class Marked
    {
        public bool StillFocused { get; set; }

        public string? Look { get; set; }
    }
}
