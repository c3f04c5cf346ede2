using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LeedsCommissioning.Web.Features.Waivers;

/// <summary>
/// The decision report as an A4 PDF made on the server with PDFsharp 6 (MIT), from the same
/// <see cref="WaiverReport"/> as the print page: the header lines, the yes/no boxes, the template's sections and
/// numbered paragraphs (<see cref="WaiverReport.Sections"/>), the footnote, and the decision.
/// Fonts come from <see cref="EmbeddedFontResolver"/>.
/// </summary>
public static class WaiverReportPdf
{
    public static byte[] Render(WaiverReport report)
    {
        var document = new PdfDocument();
        document.Info.Title = report.Waiver.Subject;
        document.Info.Author = "Leeds City Council";
        document.Info.Subject = "CPR waiver decision report";
        using (var writer = new Writer(document))
        {
            writer.Text(report.ReportOf, writer.Title);
            writer.Text(report.ReportTo, writer.HeadingFont);
            writer.Space(4);
            writer.Text("Date: " + report.Date, writer.Body);
            writer.Space(4);
            writer.Text("Subject: " + report.Subject, writer.Bold);
            writer.Space(10);
            foreach (var (question, answer, detail) in report.Questions)
            {
                writer.YesNo(question, answer, detail);
            }

            writer.Space(8);
            foreach (var section in report.Sections)
            {
                var font = section.Level switch { 1 => writer.HeadingFont, 2 => writer.SubHeading, _ => writer.Bold };
                writer.Heading(section.Footnote is null ? section.Heading : section.Heading + " (1)", font);
                foreach (var paragraph in section.Paragraphs)
                {
                    writer.Paragraph(paragraph.Label, paragraph.Text);
                }

                if (section.Footnote is not null)
                {
                    writer.Space(6);
                    writer.Text("(1) " + section.Footnote, writer.Small);
                }
            }

            writer.Heading("Decision", writer.HeadingFont);
            writer.Table(report.DecisionLines);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>A minimal flowing-text writer: wraps words, breaks pages, numbers them.</summary>
    private sealed class Writer : IDisposable
    {
        private const double Margin = 56; // about 20 mm
        private const double Width = 595 - (2 * Margin);
        private const double Bottom = 842 - Margin;
        private readonly PdfDocument _document;
        private XGraphics _gfx = null!;
        private double _y;

        public Writer(PdfDocument document)
        {
            _document = document;
            NewPage();
        }

        public XFont Title { get; } = new(EmbeddedFontResolver.Family, 18, XFontStyleEx.Bold);

        public XFont HeadingFont { get; } = new(EmbeddedFontResolver.Family, 12.5, XFontStyleEx.Bold);

        public XFont SubHeading { get; } = new(EmbeddedFontResolver.Family, 11, XFontStyleEx.Bold);

        public XFont Body { get; } = new(EmbeddedFontResolver.Family, 10.5, XFontStyleEx.Regular);

        public XFont Bold { get; } = new(EmbeddedFontResolver.Family, 10.5, XFontStyleEx.Bold);

        public XFont Small { get; } = new(EmbeddedFontResolver.Family, 9, XFontStyleEx.Regular);

        public void Space(double points) => _y += points;

        public void Text(string text, XFont font, XBrush? brush = null)
        {
            foreach (var line in Wrap(text, font, Width))
            {
                Line(line, font, Margin, brush);
            }
        }

        public void Heading(string text, XFont font)
        {
            Space(8);
            Ensure(font.Height * 3);
            Text(text, font);
            Space(2);
        }

        /// <summary>A paragraph with its label ("4.3.3", "a)") hanging in the margin, as the template sets them.</summary>
        public void Paragraph(string? label, string text)
        {
            const double hang = 40;
            var lines = Wrap(text, Body, Width - hang);
            Ensure(Body.Height);
            if (label is not null)
            {
                _gfx.DrawString(label, Body, XBrushes.Black, new XRect(Margin, _y, hang, Body.Height), XStringFormats.TopLeft);
            }

            foreach (var line in lines)
            {
                Line(line, Body, Margin + hang);
            }

            Space(5);
        }

        /// <summary>Two-column bordered table: label in bold on grey, value wrapped.</summary>
        public void Table(IEnumerable<(string Label, string Value)> rows)
        {
            const double labelWidth = 150;
            const double pad = 5;
            foreach (var (label, value) in rows)
            {
                var labelLines = Wrap(label, Bold, labelWidth - (2 * pad));
                var valueLines = Wrap(value, Body, Width - labelWidth - (2 * pad));
                var height = (Math.Max(labelLines.Count, valueLines.Count) * Body.Height) + (2 * pad);
                Ensure(height);
                _gfx.DrawRectangle(XPens.Black, new XSolidBrush(XColor.FromArgb(243, 242, 241)), Margin, _y, labelWidth, height);
                _gfx.DrawRectangle(XPens.Black, Margin + labelWidth, _y, Width - labelWidth, height);
                Draw(labelLines, Bold, Margin + pad, _y + pad);
                Draw(valueLines, Body, Margin + labelWidth + pad, _y + pad);
                _y += height;
            }
        }

        /// <summary>A question with Yes and No boxes, the answer crossed.</summary>
        public void YesNo(string question, bool? answer, string? detail)
        {
            const double boxes = 130;
            var lines = Wrap(question, Body, Width - boxes - 10);
            var detailLines = detail is null ? [] : Wrap(detail, Small, Width - boxes - 10);
            var height = Math.Max((lines.Count * Body.Height) + (detailLines.Count * Small.Height), 16) + 8;
            Ensure(height);
            Draw(lines, Body, Margin, _y + 4);
            Draw(detailLines, Small, Margin, _y + 4 + (lines.Count * Body.Height));
            Box("Yes", answer == true, Margin + Width - boxes, _y + 4);
            Box("No", answer == false, Margin + Width - (boxes / 2), _y + 4);
            _gfx.DrawLine(XPens.LightGray, Margin, _y + height, Margin + Width, _y + height);
            _y += height;
        }

        public void Dispose()
        {
            Footer();
            _gfx.Dispose();
        }

        private void Box(string label, bool ticked, double x, double y)
        {
            _gfx.DrawString(label, Body, XBrushes.Black, new XRect(x, y, 30, Body.Height), XStringFormats.TopLeft);
            var box = new XRect(x + 30, y, 14, 14);
            _gfx.DrawRectangle(new XPen(XColors.Black, 1.2), box);
            if (ticked)
            {
                var pen = new XPen(XColors.Black, 1.6);
                _gfx.DrawLine(pen, box.Left + 3, box.Top + 3, box.Right - 3, box.Bottom - 3);
                _gfx.DrawLine(pen, box.Right - 3, box.Top + 3, box.Left + 3, box.Bottom - 3);
            }
        }

        private void Line(string text, XFont font, double x, XBrush? brush = null)
        {
            Ensure(font.Height);
            _gfx.DrawString(text, font, brush ?? XBrushes.Black, new XRect(x, _y, Width, font.Height), XStringFormats.TopLeft);
            _y += font.Height;
        }

        private void Draw(IEnumerable<string> lines, XFont font, double x, double y)
        {
            foreach (var line in lines)
            {
                _gfx.DrawString(line, font, XBrushes.Black, new XRect(x, y, Width, font.Height), XStringFormats.TopLeft);
                y += font.Height;
            }
        }

        private void Ensure(double height)
        {
            if (_y + height > Bottom)
            {
                Footer();
                _gfx.Dispose();
                NewPage();
            }
        }

        private void NewPage()
        {
            var page = _document.AddPage();
            page.Size = PageSize.A4;
            _gfx = XGraphics.FromPdfPage(page);
            _y = Margin;
        }

        private void Footer() =>
            _gfx.DrawString($"Page {_document.PageCount}", Small, XBrushes.DimGray,
                new XRect(Margin, 842 - (Margin / 2) - Small.Height, Width, Small.Height), XStringFormats.TopRight);

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var current = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && _gfx.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            if (current.Length > 0 || lines.Count == 0)
            {
                lines.Add(current);
            }

            return lines;
        }
    }
}
