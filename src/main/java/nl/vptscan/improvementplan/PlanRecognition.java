package nl.vptscan.improvementplan;

import nl.vptscan.workbook.SheetCell;
import nl.vptscan.workbook.UploadedWorkbook;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises an uploaded workbook as the plan vpt-scan wrote for one assessment; the one place that decides
 * whose plan a workbook is. It reads the custom document property {@value PlanWorkbook#ASSESSMENT_PROPERTY} and,
 * for files saved by tools that drop custom properties, the protected cell on the hidden sheet
 * {@value PlanWorkbook#RECOGNITION_SHEET}.
 */
final class PlanRecognition {

    /** The label beside the assessment id on the recognition sheet. */
    static final String ASSESSMENT_LABEL = "assessment";

    private PlanRecognition() {
    }

    /** Refuses a workbook that is not the plan of this assessment, saying whose it is when it can tell. */
    static void check(UploadedWorkbook workbook, long assessmentId) {
        Optional<String> property = workbook.customProperty(PlanWorkbook.ASSESSMENT_PROPERTY).filter(PlanRecognition::id);
        Optional<String> cell = cell(workbook);
        if (property.isPresent() && cell.isPresent() && !property.get().equals(cell.get())) {
            throw PlanImport.structure("plan.import.twoAssessments", "the workbook names two assessments ("
                    + property.get() + " and " + cell.get() + "); download the plan again");
        }
        String owner = property.or(() -> cell).orElse(null);
        if (owner == null) {
            throw PlanImport.structure("plan.import.notPlan",
                    "this is not a plan workbook made by vpt-scan (download the plan first, then edit it)");
        }
        if (!owner.equals(String.valueOf(assessmentId))) {
            throw PlanImport.structure("plan.import.otherAssessment", "this workbook is the plan of assessment " + owner
                    + ", not of assessment " + assessmentId, owner);
        }
    }

    private static Optional<String> cell(UploadedWorkbook workbook) {
        if (!workbook.sheetNames().contains(PlanWorkbook.RECOGNITION_SHEET)) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        workbook.rows(PlanWorkbook.RECOGNITION_SHEET, row -> {
            if (row.number() <= 10) {
                values.put(text(row.cell(0)), text(row.cell(1)));
            }
        });
        return Optional.ofNullable(values.get(ASSESSMENT_LABEL)).filter(PlanRecognition::id);
    }

    private static String text(SheetCell cell) {
        return cell == null ? "" : cell.display().trim();
    }

    private static boolean id(String text) {
        return text.matches("[0-9]{1,18}");
    }
}
