package nl.vptscan.registration;

import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;

import java.util.List;

/**
 * An incident registration export refused as a whole, with the reason a page names in the user's language and, for
 * bad rows, missing columns or personal data, one coded error per row or column. Nothing was stored.
 */
public final class RegistrationRefused extends DomainException {

    /** Why an export was refused; each has the message key {@code error.registration.refused.<key>}. */
    public enum Reason {
        MISSING("missing", Kind.INVALID),
        EMPTY("empty", Kind.INVALID),
        TOO_LARGE("tooLarge", Kind.TOO_LARGE),
        UNKNOWN_TYPE("unknownType", Kind.UNSUPPORTED_TYPE),
        DISGUISED("disguised", Kind.UNSUPPORTED_TYPE),
        OLD_EXCEL("oldExcel", Kind.UNSUPPORTED_TYPE),
        ENCRYPTED("encrypted", Kind.INVALID),
        MALFORMED("malformed", Kind.INVALID),
        UNKNOWN_SOURCE("unknownSource", Kind.INVALID),
        TOO_MANY_ROWS("tooManyRows", Kind.TOO_LARGE),
        NO_INCIDENTS("noIncidents", Kind.INCOMPLETE),
        COLUMNS("columns", Kind.INCOMPLETE),
        PERSONAL_DATA("personalData", Kind.INCOMPLETE),
        BAD_ROWS("badRows", Kind.INCOMPLETE);

        private final String key;
        private final Kind kind;

        Reason(String key, Kind kind) {
            this.key = key;
            this.kind = kind;
        }

        /** The message code of the whole refusal: its text is {@code error.<code>}. */
        public String code() {
            return "registration.refused." + key;
        }
    }

    private final Reason reason;

    private RegistrationRefused(Reason reason, String detail, List<FieldError> errors, List<Object> params) {
        super(reason.kind, detail, reason.code(), params, errors);
        this.reason = reason;
    }

    /** A refusal of the file as a whole. */
    static RegistrationRefused file(Reason reason, String why, Object... params) {
        return new RegistrationRefused(reason, "Registration export refused: " + why,
                List.of(FieldError.coded("file", why, reason.code(), params)), List.of(params));
    }

    /** A refusal naming each bad column or row. */
    static RegistrationRefused fields(Reason reason, String detail, List<FieldError> errors, Object... params) {
        return new RegistrationRefused(reason, detail, errors, List.of(params));
    }

    public Reason reason() {
        return reason;
    }
}
