package nl.vptscan.report;

import nl.vptscan.report.Report.Bar;
import nl.vptscan.report.Report.Block;
import nl.vptscan.report.Report.Cell;
import nl.vptscan.report.Report.Chart;
import nl.vptscan.report.Report.Fact;
import nl.vptscan.report.Report.Facts;
import nl.vptscan.report.Report.Heading;
import nl.vptscan.report.Report.Items;
import nl.vptscan.report.Report.Paragraph;
import nl.vptscan.report.Report.Table;
import nl.vptscan.report.Report.Tone;

import java.util.Locale;

/**
 * Lays a report out as XHTML for the PDF renderer: A4 pages with a footer of organisation, date and page x of y,
 * table headers repeated on every page, the chart drawn as bars in a table beside its figures. It adds no words.
 */
final class ReportHtml {

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm 22mm 18mm;
              @bottom-left { content: element(footer); }
              @bottom-right { font-family: '%1$s'; font-size: 8pt; color: #444; content: %2$s; } }
            body { font-family: '%1$s'; font-size: 10pt; line-height: 1.35; color: #1a1a1a; }
            #footer { position: running(footer); font-size: 8pt; color: #444; }
            h1 { font-size: 20pt; color: #154A8A; margin: 0 0 4pt 0; }
            h2 { font-size: 14pt; color: #154A8A; margin: 16pt 0 6pt 0; page-break-after: avoid; }
            h3 { font-size: 11.5pt; color: #154A8A; margin: 12pt 0 4pt 0; page-break-after: avoid; }
            p { margin: 0 0 6pt 0; }
            p.organisation { font-size: 14pt; margin-bottom: 12pt; }
            p.note { font-size: 8.5pt; color: #555; }
            table { width: 100%%; border-collapse: collapse; margin: 0 0 10pt 0; -fs-table-paginate: paginate; }
            th, td { border: 0.5pt solid #9aa7b8; padding: 3pt 4pt; text-align: left; vertical-align: top; }
            thead th { background: #D9E2F3; font-weight: bold; }
            tr { page-break-inside: avoid; }
            table.facts th { width: 32%%; background: none; font-weight: bold; border: none; padding-left: 0; }
            table.facts td { border: none; }
            table.chart td, table.chart th { border: none; padding: 2pt 4pt; }
            table.chart th { font-weight: normal; width: 40%%; }
            table.chart td.value { width: 10%%; }
            div.track { background: #eef1f5; height: 10pt; }
            div.bar { height: 10pt; }
            ul { margin: 0 0 8pt 0; padding-left: 14pt; list-style-type: none; }
            li { margin-bottom: 2pt; }
            li::before { content: "\2022"; margin-left: -10pt; width: 10pt; display: inline-block; }
            .tone-RED { background: #F4C7C3; } .tone-ORANGE { background: #FCE5CD; } .tone-GREEN { background: #D9EAD3; }
            .bar-RED { background: #B3261E; } .bar-ORANGE { background: #C65D00; } .bar-GREEN { background: #2E7D32; }
            .bar-NONE { background: #154A8A; }
            """;

    private final StringBuilder html = new StringBuilder();

    private ReportHtml() {
    }

    static String of(Report report) {
        ReportHtml writer = new ReportHtml();
        writer.document(report);
        return writer.html.toString();
    }

    private void document(Report report) {
        html.append("<!DOCTYPE html>\n<html lang=\"").append("en".equals(report.lang()) ? "en" : "nl")
                .append("\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(report.title() + " — " + report.organisation())).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(escape(report.title())).append("\"/>")
                .append("<meta name=\"author\" content=\"vpt-scan\"/><style>")
                .append(String.format(Locale.ROOT, STYLE, PdfReport.FAMILY, pageCounter(report.pageOf())))
                .append("</style></head><body>");
        html.append("<div id=\"footer\">").append(escape(report.footer())).append("</div>");
        html.append("<h1>").append(escape(report.title())).append("</h1>");
        html.append("<p class=\"organisation\">").append(escape(report.organisation())).append("</p>");
        for (Block block : report.blocks()) {
            block(block);
        }
        html.append("</body></html>");
    }

    private void block(Block block) {
        if (block instanceof Heading h) {
            String tag = h.level() == 1 ? "h2" : "h3";
            html.append('<').append(tag).append('>').append(escape(h.text())).append("</").append(tag).append('>');
        } else if (block instanceof Paragraph p) {
            html.append(p.note() ? "<p class=\"note\">" : "<p>").append(escape(p.text())).append("</p>");
        } else if (block instanceof Facts f) {
            html.append("<table class=\"facts\"><tbody>");
            for (Fact fact : f.facts()) {
                html.append("<tr><th scope=\"row\">").append(escape(fact.label())).append("</th><td>")
                        .append(escape(fact.value())).append("</td></tr>");
            }
            html.append("</tbody></table>");
        } else if (block instanceof Table t) {
            table(t);
        } else if (block instanceof Chart c) {
            chart(c);
        } else if (block instanceof Items i) {
            html.append("<ul>");
            i.items().forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
            html.append("</ul>");
        }
    }

    private void table(Table t) {
        html.append("<table><colgroup>");
        t.widths().forEach(w -> html.append("<col style=\"width: ").append(w).append("%\"/>"));
        html.append("</colgroup><thead><tr>");
        t.headers().forEach(h -> html.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (var row : t.rows()) {
            html.append("<tr>");
            for (Cell cell : row) {
                html.append(cell.tone() == Tone.NONE ? "<td>" : "<td class=\"tone-" + cell.tone() + "\">")
                        .append(escape(cell.text()).replace("\n", "<br/>")).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    /** Bars drawn as boxes whose width is the percentage, each with its label and value as text beside it. */
    private void chart(Chart c) {
        html.append("<table class=\"chart\"><caption>").append(escape(c.title())).append("</caption><tbody>");
        for (Bar bar : c.bars()) {
            double width = Math.max(0, Math.min(100, bar.percentage()));
            html.append("<tr><th scope=\"row\">").append(escape(bar.label())).append("</th><td><div class=\"track\">")
                    .append("<div class=\"bar bar-").append(bar.tone()).append("\" style=\"width: ")
                    .append(String.format(Locale.ROOT, "%.1f", width)).append("%\"></div></div></td>")
                    .append("<td class=\"value\">").append(escape(bar.value())).append("</td></tr>");
        }
        html.append("</tbody></table><p class=\"note\">").append(escape(c.description())).append("</p>");
    }

    /** "pagina {0} van {1}" as CSS generated content: the words quoted, the numbers counters. */
    static String pageCounter(String pattern) {
        int page = pattern.indexOf("{0}");
        int total = pattern.indexOf("{1}");
        return css(pattern.substring(0, page)) + " counter(page) " + css(pattern.substring(page + 3, total))
                + " counter(pages) " + css(pattern.substring(total + 3));
    }

    private static String css(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // characters XML does not allow are left out rather than breaking the document
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
