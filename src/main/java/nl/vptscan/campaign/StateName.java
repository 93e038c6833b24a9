package nl.vptscan.campaign;

/** A member's state in a campaign in the user's language, for workbooks and e-mails. */
final class StateName {

    private StateName() {
    }

    static String of(MemberState state, String lang) {
        boolean en = "en".equals(lang);
        return switch (state) {
            case NOT_STARTED -> en ? "not started" : "niet begonnen";
            case DRAFT -> en ? "draft" : "concept";
            case SUBMITTED -> en ? "submitted" : "ingediend";
            case OVERDUE -> en ? "overdue" : "te laat";
        };
    }
}
