using LeedsCommissioning.Domain.Notices;

namespace LeedsCommissioning.Domain.Tests.Notices;

public sealed class NoticeDraftTests
{
    [Fact]
    public void A_required_field_with_nothing_recorded_is_listed_as_missing_and_the_notice_is_not_ready()
    {
        var draft = new NoticeDraft(NoticeKind.Uk11ContractTermination, "Carers' short breaks")
            .Section("Contract")
            .Required("Contract title", "Carers' short breaks", "Enter the contract title")
            .Required("Termination date", " ", "Record the date the contract ended")
            .Optional("Reason", null);

        Assert.False(draft.IsReady);
        Assert.Equal(["Record the date the contract ended"], draft.Missing);
        Assert.Null(draft.Sections[0].Fields[1].Value);
    }

    [Fact]
    public void The_text_to_copy_names_the_notice_and_marks_missing_and_optional_fields()
    {
        var draft = new NoticeDraft(NoticeKind.Uk12ProcurementTermination, "Youth work")
            .Section("Procurement")
            .Required("Title", "Youth work", "x")
            .Required("Date", null, "Record the date")
            .Optional("Notes", "");

        Assert.Equal(
            "UK12 Procurement termination notice: Youth work\n\nProcurement\nTitle: Youth work\nDate: MISSING\nNotes: Not given\n",
            draft.ToText().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_blocking_condition_outside_the_fields_stops_publication()
    {
        var draft = new NoticeDraft(NoticeKind.Uk1Pipeline, "Leeds City Council").Block("Nothing is planned over the threshold");

        Assert.False(draft.IsReady);
        Assert.Equal("UK1 pipeline notice", draft.Kind.Title());
    }
}
