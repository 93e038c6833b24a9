package nl.vptscan.web;

import nl.vptscan.problem.FieldError;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A refused workbook is explained on the plan page in the page's language, with the row and column. */
class PlanImportErrorTextTest {

    private final Texts texts = new Texts(new MessagesFactory().messages());

    @Test
    void aBadCellIsNamedByRowAndColumnInDutch() {
        FieldError error = FieldError.coded("row 3.status", "'klaar' is not one of open, in uitvoering, gereed",
                "plan.import.status", "klaar", "open, in uitvoering, gereed").at(FieldError.Place.cell(3, "status"));
        assertEquals("Rij 3, Stand: “klaar” is geen stand; kies uit open, in uitvoering, gereed.",
                PlanPageController.importError(texts, "nl", error));
    }

    @Test
    void aBadRowIsNamedInEnglish() {
        FieldError error = FieldError.coded("row 4", "action id 9 appears twice", "plan.import.twice", 9L)
                .at(FieldError.Place.row(4));
        assertEquals("Row 4: measure 9 appears twice in the workbook.", PlanPageController.importError(texts, "en", error));
    }

    @Test
    void theRowAndColumnAreTakenFromThePlaceNotFromTheFieldName() {
        FieldError error = FieldError.coded("rij 7/eigenaar", "too long", "plan.text").at(FieldError.Place.cell(7, "owner"));
        assertEquals("Rij 7, Eigenaar: " + texts.error("nl", error), PlanPageController.importError(texts, "nl", error));
    }

    @Test
    void aRefusalOfTheWholeFileKeepsItsOwnText() {
        FieldError error = new FieldError("file", "not an xlsx workbook");
        assertEquals("not an xlsx workbook", PlanPageController.importError(texts, "nl", error));
    }
}
