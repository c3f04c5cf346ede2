using LeedsCommissioning.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LeedsCommissioning.Web.Features.Scoring;

/// <summary>
/// What a member typed on a score sheet, or a chair on a moderation: a score 0 to 5 (blank allowed in a draft) and a
/// comment for each answer, in the sheet's order. A score that is not a whole number is reported against its field
/// (Scores[i]) with <paramref name="notAWholeNumber"/>; the domain checks the range.
/// </summary>
public static class ScoreEntries
{
    public static List<(int? Score, string? Text)> Read(ModelStateDictionary modelState, IReadOnlyList<string?> scores,
        IReadOnlyList<string?> texts, int count, string notAWholeNumber)
    {
        var entries = new List<(int?, string?)>(count);
        for (var i = 0; i < count; i++)
        {
            var text = i < scores.Count ? scores[i] : null;
            int? score = null;
            if (!string.IsNullOrWhiteSpace(text))
            {
                if (NumberText.WholeNumber(text) is { } n)
                {
                    score = n;
                }
                else
                {
                    modelState.AddModelError($"Scores[{i}]", notAWholeNumber);
                }
            }

            entries.Add((score, i < texts.Count ? texts[i] : null));
        }

        return entries;
    }
}
