package nl.vptscan.registration;

import io.micronaut.http.HttpStatus;
import nl.vptscan.problem.ApiException;
import nl.vptscan.problem.FieldError;

import java.util.List;

/**
 * An incident registration export refused as a whole, with the reason a page names in the user's language and, for
 * bad rows, missing columns or personal data, one coded error per row or column. Nothing was stored.
 */
public final class RegistrationRefused extends ApiException {

    /** Why an export was refused; each has the message key {@code error.registration.refused.<key>}. */
    public enum Reason {
        MISSING("missing", HttpStatus.BAD_REQUEST),
        EMPTY("empty", HttpStatus.BAD_REQUEST),
        TOO_LARGE("tooLarge", HttpStatus.REQUEST_ENTITY_TOO_LARGE),
        UNKNOWN_TYPE("unknownType", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
        DISGUISED("disguised", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
        OLD_EXCEL("oldExcel", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
        ENCRYPTED("encrypted", HttpStatus.BAD_REQUEST),
        MALFORMED("malformed", HttpStatus.BAD_REQUEST),
        UNKNOWN_SOURCE("unknownSource", HttpStatus.BAD_REQUEST),
        TOO_MANY_ROWS("tooManyRows", HttpStatus.REQUEST_ENTITY_TOO_LARGE),
        NO_INCIDENTS("noIncidents", HttpStatus.UNPROCESSABLE_ENTITY),
        COLUMNS("columns", HttpStatus.UNPROCESSABLE_ENTITY),
        PERSONAL_DATA("personalData", HttpStatus.UNPROCESSABLE_ENTITY),
        BAD_ROWS("badRows", HttpStatus.UNPROCESSABLE_ENTITY);

        private final String key;
        private final HttpStatus status;

        Reason(String key, HttpStatus status) {
            this.key = key;
            this.status = status;
        }

        /** The message code of the whole refusal: its text is {@code error.<code>}. */
        public String code() {
            return "registration.refused." + key;
        }
    }

    private final Reason reason;

    private RegistrationRefused(Reason reason, String detail, List<FieldError> errors, List<Object> params) {
        super(reason.status, detail, errors, reason.code(), params);
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
