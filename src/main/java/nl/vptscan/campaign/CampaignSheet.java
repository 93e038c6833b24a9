package nl.vptscan.campaign;

import nl.vptscan.workbook.SafeCells;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.time.LocalDate;
import java.util.List;

/**
 * The members' status per campaign as a sheet of a workbook: one row per asked member and round, with its state,
 * the share answered of a draft and the day it submitted. Member names are written as text, never as formulas.
 */
public final class CampaignSheet {

    private CampaignSheet() {
    }

    /** Adds the sheet "Campagnes" (English: "Campaigns") to the workbook. */
    public static void write(Workbook workbook, List<CampaignView> campaigns, String lang) {
        boolean en = "en".equals(lang);
        Sheet sheet = workbook.createSheet(en ? "Campaigns" : "Campagnes");
        CellStyle text = workbook.createCellStyle();
        CellStyle quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        String[] titles = en
                ? new String[]{"Round", "Due", "Organisation", "Status", "% answered", "Submitted on"}
                : new String[]{"Ronde", "Uiterlijk", "Organisatie", "Status", "% beantwoord", "Ingediend op"};
        Row top = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            SafeCells.text(top, i, titles[i], header, header);
        }
        int index = 1;
        if (campaigns.isEmpty()) {
            SafeCells.text(sheet.createRow(index), 0, en ? "No campaigns yet" : "Nog geen campagnes", text, quoted);
        }
        for (CampaignView campaign : campaigns) {
            for (MemberStatus member : campaign.members()) {
                Row row = sheet.createRow(index++);
                SafeCells.text(row, 0, RoundName.of(campaign.round(), lang), text, quoted);
                date(row, 1, campaign.dueOn(), date);
                SafeCells.text(row, 2, member.name(), text, quoted);
                SafeCells.text(row, 3, StateName.of(member.state(), lang), text, quoted);
                if (member.percentAnswered() != null) {
                    row.createCell(4).setCellValue(member.percentAnswered());
                }
                date(row, 5, member.submittedOn(), date);
            }
        }
        sheet.setColumnWidth(1, 12 * 256);
        sheet.setColumnWidth(2, 40 * 256);
        sheet.setColumnWidth(3, 16 * 256);
        sheet.setColumnWidth(4, 14 * 256);
        sheet.setColumnWidth(5, 14 * 256);
    }

    private static void date(Row row, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }
}
