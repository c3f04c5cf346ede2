using System.Text;

namespace LeedsCommissioning.Domain.Notices;

/// <summary>
/// The content of one Procurement Act 2023 notice, prepared from the portal's records for an officer to check and
/// copy or send to the central digital platform (domain.md section 9). Built section by section with
/// <see cref="Section"/>, <see cref="Required"/> and <see cref="Optional"/>: a required field with no value is
/// listed in <see cref="Missing"/> with the message that says what to record and where, and the notice
/// <see cref="IsReady"/> only when nothing is missing. The same draft renders as the page
/// (Features/Shared/_NoticeDraft.cshtml) and as plain text (<see cref="ToText"/>) to copy.
/// </summary>
public sealed class NoticeDraft
{
    private readonly List<NoticeSection> _sections = [];
    private readonly List<string> _missing = [];

    public NoticeDraft(NoticeKind kind, string subject)
    {
        Kind = kind;
        Subject = subject.Trim();
    }

    public NoticeKind Kind { get; }

    /// <summary>What the notice is about: the contract's or the opportunity's title, or "Leeds City Council, 2027 to 2028".</summary>
    public string Subject { get; }

    public IReadOnlyList<NoticeSection> Sections => _sections;

    /// <summary>What must be recorded before the notice can be published, in the order the fields appear.</summary>
    public IReadOnlyList<string> Missing => _missing;

    public bool IsReady => _missing.Count == 0;

    /// <summary>Starts a new section (one summary list under its own heading); fields go into the latest section.</summary>
    public NoticeDraft Section(string heading)
    {
        _sections.Add(new NoticeSection(heading));
        return this;
    }

    /// <summary>A field the platform requires. When <paramref name="value"/> is null or blank, <paramref name="missingMessage"/> is listed as missing.</summary>
    public NoticeDraft Required(string label, string? value, string missingMessage)
    {
        var present = !string.IsNullOrWhiteSpace(value);
        Current.Add(new NoticeField(label, present ? value!.Trim() : null, true));
        if (!present)
        {
            _missing.Add(missingMessage);
        }

        return this;
    }

    /// <summary>A field the platform asks for when it applies; shown as "Not given" when empty, never missing.</summary>
    public NoticeDraft Optional(string label, string? value)
    {
        Current.Add(new NoticeField(label, string.IsNullOrWhiteSpace(value) ? null : value.Trim(), false));
        return this;
    }

    /// <summary>Something outside the fields that stops publication (e.g. "The contract is not yet decommissioned").</summary>
    public NoticeDraft Block(string message)
    {
        _missing.Add(message);
        return this;
    }

    /// <summary>The notice as plain text, section by section, "Label: value" per line, for copying to the platform.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(Kind.Code()).Append(' ').Append(Kind.ToDisplayName()).Append(": ").AppendLine(Subject);
        foreach (var section in _sections)
        {
            text.AppendLine().AppendLine(section.Heading);
            foreach (var field in section.Fields)
            {
                text.Append(field.Label).Append(": ").AppendLine(field.Value ?? (field.IsRequired ? "MISSING" : "Not given"));
            }
        }

        return text.ToString();
    }

    private List<NoticeField> Current
    {
        get
        {
            if (_sections.Count == 0)
            {
                _sections.Add(new NoticeSection(Kind.ToDisplayName()));
            }

            return _sections[^1].FieldList;
        }
    }
}

/// <summary>One section of a notice: a heading and its fields.</summary>
public sealed class NoticeSection(string heading)
{
    internal List<NoticeField> FieldList { get; } = [];

    public string Heading { get; } = heading;

    public IReadOnlyList<NoticeField> Fields => FieldList;
}

/// <summary>One field of a notice: null <see cref="Value"/> when nothing is recorded.</summary>
public sealed record NoticeField(string Label, string? Value, bool IsRequired);
