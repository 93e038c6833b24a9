package nl.vptscan.improvementplan;

import nl.vptscan.workbook.UploadedWorkbook;

/**
 * Recognises an uploaded workbook as the plan vpt-scan wrote for one assessment; the one place that decides
 * whose plan a workbook is. Today it reads the custom document property {@value PlanWorkbook#ASSESSMENT_PROPERTY}.
 */
final class PlanRecognition {

    private PlanRecognition() {
    }

    /** Refuses a workbook that is not the plan of this assessment, saying whose it is when it can tell. */
    static void check(UploadedWorkbook workbook, long assessmentId) {
        String owner = workbook.customProperty(PlanWorkbook.ASSESSMENT_PROPERTY)
                .filter(id -> id.matches("[0-9]{1,18}")).orElse(null);
        if (owner == null) {
            throw PlanImport.structure("this is not a plan workbook made by vpt-scan (download the plan first, then edit it)");
        }
        if (!owner.equals(String.valueOf(assessmentId))) {
            throw PlanImport.structure("this workbook is the plan of assessment " + owner
                    + ", not of assessment " + assessmentId);
        }
    }
}
