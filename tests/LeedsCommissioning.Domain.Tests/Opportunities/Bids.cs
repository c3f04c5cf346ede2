using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Tests.Common;

namespace LeedsCommissioning.Domain.Tests.Opportunities;

public sealed class Bids
{
    private static readonly BidRules Rules = new(Drafts.BidDeadline, 2,
        [new BidQuestionRule(11, 1, 50), new BidQuestionRule(12, 2, 100)], [1, 2], ConsortiaAllowed: true);

    private static BidContent Complete(string answer = "We will run drop-ins in every ward.") =>
        new([100_000m, 102_000m], [answer, "With a service-user panel."], [2m, 0m], []);

    private static Bid Draft() => new(1, 2, 3, "user", Rules, Drafts.Now);

    [Fact]
    public void a_draft_may_be_incomplete()
    {
        var bid = Draft();

        bid.Save(new BidContent([100_000m, null], [null, null], [null, null], []), Rules, "user", Drafts.Now);

        Assert.Equal(BidStatus.Draft, bid.Status);
        Assert.Equal(100_000m, bid.TotalPrice);
    }

    [Fact]
    public void submitting_needs_every_price_answer_and_commitment()
    {
        var bid = Draft();
        bid.Save(new BidContent([100_000m, null], [null, null], [null, null], []), Rules, "user", Drafts.Now);

        var ex = Assert.Throws<DomainException>(() => bid.Submit(Rules, "user", Drafts.Now));

        Assert.Equal(("Enter your price for year 2", "Prices[1]"), (ex.Message, ex.Field));
        // Every problem at once, in the order of the form, not one per attempt.
        Assert.Equal(
            [
                new DomainError("Prices[1]", "Enter your price for year 2"),
                new DomainError("Answers[0]", "Answer question 1"),
                new DomainError("Answers[1]", "Answer question 2"),
                new DomainError("Commitments[0]", "Enter a commitment for every social value criterion (0 if none)"),
                new DomainError("Commitments[1]", "Enter a commitment for every social value criterion (0 if none)"),
            ],
            ex.Errors);
    }

    [Fact]
    public void a_submitted_bid_has_a_timestamped_receipt()
    {
        var bid = Draft();
        bid.Save(Complete(), Rules, "user", Drafts.Now);

        bid.Submit(Rules, "user", Drafts.Now.AddHours(1));

        Assert.Equal(BidStatus.Submitted, bid.Status);
        Assert.Equal(Drafts.Now.AddHours(1), bid.SubmittedAtUtc);
        Assert.Equal("LC-1-2-3-20261126110000", bid.ReceiptReference);
    }

    [Fact]
    public void an_answer_over_the_word_limit_is_refused_with_its_count()
    {
        var bid = Draft();
        var tooLong = string.Join(' ', Enumerable.Repeat("word", 51));

        var ex = Assert.Throws<DomainException>(() => bid.Save(Complete(tooLong), Rules, "user", Drafts.Now));

        Assert.Equal("Your answer to question 1 must be 50 words or fewer. It has 51 words", ex.Message);
        Assert.Equal("Answers[0]", ex.Field);
    }

    [Fact]
    public void a_late_bid_is_refused_with_the_deadline_in_words()
    {
        var bid = Draft();
        bid.Save(Complete(), Rules, "user", Drafts.Now);

        var ex = Assert.Throws<DomainException>(() => bid.Submit(Rules, "user", Drafts.BidDeadline));

        Assert.Equal("The deadline for bids was 17 December 2026 at midday. Bids can no longer be submitted, changed or withdrawn.", ex.Message);
    }

    [Fact]
    public void after_the_deadline_a_submitted_bid_is_frozen()
    {
        var bid = Draft();
        bid.Save(Complete(), Rules, "user", Drafts.Now);
        bid.Submit(Rules, "user", Drafts.Now);

        Assert.Throws<DomainException>(() => bid.Save(Complete("Changed."), Rules, "user", Drafts.BidDeadline.AddMinutes(1)));
        Assert.Throws<DomainException>(() => bid.Withdraw(Rules, Drafts.BidDeadline.AddMinutes(1)));
        Assert.Equal(BidStatus.Submitted, bid.Status);
    }

    [Fact]
    public void changing_a_submitted_bid_before_the_deadline_submits_it_again_with_a_new_receipt()
    {
        var bid = Draft();
        bid.Save(Complete(), Rules, "user", Drafts.Now);
        bid.Submit(Rules, "user", Drafts.Now);

        bid.Save(Complete("Changed answer."), Rules, "user", Drafts.Now.AddDays(1));

        Assert.Equal(BidStatus.Submitted, bid.Status);
        Assert.Equal(Drafts.Now.AddDays(1), bid.SubmittedAtUtc);
    }

    [Fact]
    public void a_submitted_bid_cannot_be_emptied()
    {
        var bid = Draft();
        bid.Save(Complete(), Rules, "user", Drafts.Now);
        bid.Submit(Rules, "user", Drafts.Now);

        Assert.Throws<DomainException>(() => bid.Save(new BidContent([null, null], [null, null], [null, null], []), Rules, "user", Drafts.Now));
    }

    [Fact]
    public void a_withdrawn_bid_can_be_reopened_before_the_deadline()
    {
        var bid = Draft();
        bid.Withdraw(Rules, Drafts.Now);
        Assert.Throws<DomainException>(() => bid.Save(Complete(), Rules, "user", Drafts.Now));

        bid.Reopen(Rules, Drafts.Now);

        Assert.Equal(BidStatus.Draft, bid.Status);
    }

    [Fact]
    public void consortium_members_are_refused_when_consortia_are_not_allowed()
    {
        var rules = Rules with { ConsortiaAllowed = false };
        var bid = new Bid(1, 2, 3, "user", rules, Drafts.Now);

        var ex = Assert.Throws<DomainException>(() => bid.Save(Complete() with { ConsortiumMembers = ["Leeds Mind"] }, rules, "user", Drafts.Now));

        Assert.Equal("ConsortiumMembers", ex.Field);
    }

    [Theory]
    [InlineData("budget.pdf", true)]
    [InlineData("budget.PDF", true)]
    [InlineData("script.exe", false)]
    [InlineData("page.html", false)]
    public void only_pdf_word_and_excel_files_can_be_attached(string name, bool allowed)
    {
        var bid = Draft();

        var attach = () => bid.AddAttachment(name, Files.Pdf, Rules, Drafts.Now);

        if (allowed)
        {
            Assert.Equal("application/pdf", attach().ContentType);
        }
        else
        {
            Assert.Equal("The selected file must be a PDF, Word or Excel file", Assert.Throws<DomainException>(attach).Message);
        }
    }

    [Fact]
    public void a_file_over_10MB_is_refused()
    {
        var big = new byte[BidAttachment.MaximumBytes + 1];
        Files.Pdf.CopyTo(big, 0);

        var ex = Assert.Throws<DomainException>(() => Draft().AddAttachment("a.pdf", big, Rules, Drafts.Now));

        Assert.Equal("The selected file must be smaller than 10MB", ex.Message);
    }

    [Fact]
    public void a_file_whose_content_is_not_what_its_name_says_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => Draft().AddAttachment("accounts.pdf", "<html><script>alert(1)</script>"u8.ToArray(), Rules, Drafts.Now));

        Assert.Equal("The selected file must be a PDF, Word or Excel file", ex.Message);
        Assert.Equal("Attachment", ex.Field);
    }

    [Fact]
    public void a_bid_cannot_be_started_on_a_closed_opportunity()
    {
        var o = Drafts.Published();

        var ex = Assert.Throws<DomainException>(() => o.StartBid(0, 3, "user", Drafts.BidDeadline.AddDays(1)));

        Assert.StartsWith("The deadline for bids was", ex.Message, StringComparison.Ordinal);
    }
}
