using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace LeedsCommissioning.ScaleOutTests;

/// <summary>
/// Issue 12, "More than one server": two processes of the real portal on one PostgreSQL database, as a load
/// balancer without sticky sessions would use them. A person moves between them mid-journey; both deliver e-mail
/// from the one outbox and every message goes once; the scheduled reminder runs on one at a time.
/// </summary>
public sealed partial class Two_instances_behind_a_load_balancer(TwoPortals portals) : IClassFixture<TwoPortals>
{
    private const string OpenTitle = "Community mental health wellbeing services";
    private const string Password = "Leeds-Demo-2026!";

    [Fact]
    public async Task a_person_signed_in_on_one_instance_submits_a_form_on_the_other_and_sees_the_result_on_the_first()
    {
        var id = await portals.ScalarAsync<int>("""SELECT "Id" FROM "Opportunities" WHERE "Title" = @title""", ("title", OpenTitle));
        var browser = new CookieContainer();
        using var first = TwoPortals.Client(portals.First, browser);
        using var second = TwoPortals.Client(portals.Second, browser);

        var signedIn = await PostFormAsync(first, "/account/sign-in", "/account/sign-in", new() { ["Email"] = "small.provider@example.org", ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        // The second instance reads the first one's sign-in cookie and anti-forgery cookie (keys in the database)...
        var question = $"Will the council provide rooms for evening sessions in Harehills, reference {Guid.NewGuid():N}?";
        var asked = await PostFormAsync(second, $"/opportunities/{id}/ask", $"/opportunities/{id}/ask", new() { ["Text"] = question });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal($"/opportunities/{id}", asked.Headers.Location?.OriginalString);

        // ...and the first shows what the second saved, with the notice the second left in TempData.
        using var page = await first.GetAsync(new Uri($"/opportunities/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Your question has been sent", html, StringComparison.Ordinal);
        Assert.Contains("Your questions waiting for an answer:", html, StringComparison.Ordinal);
        Assert.Contains(question, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task every_queued_email_is_delivered_exactly_once_by_the_two_instances_together()
    {
        const int count = 300;
        var batch = "Scale-out " + Guid.NewGuid().ToString("N")[..8];
        // As OutboxEmailSender queues them: a row each, due now.
        await portals.ExecuteAsync(
            """
            INSERT INTO "EmailMessages" ("To", "Subject", "Body", "CreatedAtUtc", "NextAttemptAtUtc", "Attempts")
            SELECT 'provider' || g || '@example.org', @batch || ' message ' || g, 'Body of message ' || g, now(), now(), 0
            FROM generate_series(1, @count) AS g
            """, ("batch", batch), ("count", count));

        await WaitUntilAsync(async () => await portals.ScalarAsync<long>(
            """SELECT count(*) FROM "EmailMessages" WHERE "Subject" LIKE @batch || '%' AND "SentAtUtc" IS NULL""", ("batch", batch)) == 0,
            TimeSpan.FromSeconds(90), "every message marked sent");

        var firstId = await portals.ScalarAsync<long>("""SELECT min("Id") FROM "EmailMessages" WHERE "Subject" LIKE @batch || '%'""", ("batch", batch));
        var ids = Enumerable.Range(0, count).Select(i => firstId + i).ToHashSet();
        var deliveries = portals.Both.Select(p => Delivered(p).Where(ids.Contains).ToList()).ToList();

        // Each message written once, by one instance or the other, never both, never twice.
        var all = deliveries.SelectMany(d => d).ToList();
        Assert.Equal(count, all.Count);
        Assert.Equal(ids.Order(), all.Order());
        Assert.All(deliveries, d => Assert.NotEmpty(d));
        Assert.Equal(count, Directory.GetFiles(portals.MailFolder, "*.eml").Count(f => ids.Contains(IdOf(f))));
    }

    [Fact]
    public async Task the_bid_deadline_reminder_runs_on_one_instance_at_a_time_and_reminds_each_organisation_once()
    {
        const string subject = "Bids close soon: " + OpenTitle;
        await WaitUntilAsync(async () => await portals.ScalarAsync<long>(
            """SELECT count(*) FROM "EmailMessages" WHERE "Subject" = @subject AND "SentAtUtc" IS NOT NULL""", ("subject", subject)) == 2,
            TimeSpan.FromSeconds(60), "both demo organisations reminded");

        // The job keeps running every second on whichever instance claims it, and reminds nobody again.
        var runsBefore = JobRuns().Count;
        await WaitUntilAsync(() => Task.FromResult(JobRuns().Count >= runsBefore + 3), TimeSpan.FromSeconds(30), "three more runs of the job");
        Assert.Equal(2, await portals.ScalarAsync<long>("""SELECT count(*) FROM "EmailMessages" WHERE "Subject" = @subject""", ("subject", subject)));
        Assert.Equal(["provider@example.org", "small.provider@example.org"],
            (await ReminderRecipients(subject)).Order(StringComparer.Ordinal));
        Assert.Equal(2, await portals.ScalarAsync<long>(
            """SELECT count(*) FROM "InterestRegistrations" WHERE "DeadlineReminderSentAtUtc" IS NOT NULL"""));

        var runs = JobRuns();
        Assert.Single(runs, r => r.Outcome == "2 reminders queued");
        Assert.All(runs.Where(r => r.Outcome != "2 reminders queued"), r => Assert.Equal("0 reminders queued", r.Outcome));
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPath, string action, Dictionary<string, string> fields)
    {
        using var form = await client.GetAsync(new Uri(formPath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var document = await new HtmlParser().ParseDocumentAsync(await form.Content.ReadAsStringAsync());
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No anti-forgery token on {formPath}");
        fields["__RequestVerificationToken"] = token;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>The ids of the messages this instance wrote to the pickup folder, from its log ("E-mail to … written to …-ID.eml").</summary>
    private static IEnumerable<long> Delivered(PortalInstance instance) =>
        instance.Lines.Select(l => WrittenTo().Match(l)).Where(m => m.Success).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

    private static long IdOf(string file) =>
        long.Parse(Path.GetFileNameWithoutExtension(file).Split('-')[^1], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every run of the reminder job on either instance, from their logs.</summary>
    private List<(string Instance, string Outcome)> JobRuns() =>
        portals.Both.SelectMany(p => p.Lines.Select(l => JobRan().Match(l)).Where(m => m.Success).Select(m => (p.Name, m.Groups[1].Value))).ToList();

    private async Task<List<string>> ReminderRecipients(string subject)
    {
        var recipients = new List<string>();
        foreach (var to in new[] { "provider@example.org", "small.provider@example.org" })
        {
            var n = await portals.ScalarAsync<long>("""SELECT count(*) FROM "EmailMessages" WHERE "Subject" = @subject AND "To" = @to""", ("subject", subject), ("to", to));
            recipients.AddRange(Enumerable.Repeat(to, (int)n));
        }

        return recipients;
    }

    private async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var until = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Waited {timeout} for {what}.\n--- {portals.First.Name}:\n{portals.First.Output}\n--- {portals.Second.Name}:\n{portals.Second.Output}");
            }

            foreach (var instance in portals.Both.Where(p => p.HasExited))
            {
                throw new InvalidOperationException($"{instance.Name} exited:\n{instance.Output}");
            }

            await Task.Delay(200);
        }
    }

    [GeneratedRegex(@"E-mail to .* written to .*-(\d+)\.eml")]
    private static partial Regex WrittenTo();

    [GeneratedRegex(@"Scheduled job bid-deadline-reminders ran on \S+: (.+?) \{")]
    private static partial Regex JobRan();
}
