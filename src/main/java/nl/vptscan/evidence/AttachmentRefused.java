package nl.vptscan.evidence;

import io.micronaut.http.HttpStatus;
import nl.vptscan.problem.ApiException;
import nl.vptscan.problem.FieldError;

import java.util.List;

/** An upload refused as evidence, with the reason a page names in the user's language; nothing was stored. */
public final class AttachmentRefused extends ApiException {

    /** Why a file was refused; each has the message key {@code attachment.refused.<key>}. */
    public enum Reason {
        MISSING("missing", HttpStatus.BAD_REQUEST),
        EMPTY("empty", HttpStatus.BAD_REQUEST),
        TOO_LARGE("tooLarge", HttpStatus.REQUEST_ENTITY_TOO_LARGE),
        QUOTA("quota", HttpStatus.REQUEST_ENTITY_TOO_LARGE),
        UNKNOWN_TYPE("unknownType", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
        DISGUISED("disguised", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
        MACROS("macros", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
        ENCRYPTED("encrypted", HttpStatus.BAD_REQUEST),
        MALFORMED("malformed", HttpStatus.BAD_REQUEST),
        UNKNOWN_QUESTION("unknownQuestion", HttpStatus.BAD_REQUEST);

        private final String key;
        private final HttpStatus status;

        Reason(String key, HttpStatus status) {
            this.key = key;
            this.status = status;
        }

        /** The message key of the reason's text on pages. */
        public String messageKey() {
            return "attachment.refused." + key;
        }
    }

    private final Reason reason;

    AttachmentRefused(Reason reason, String field, String why) {
        super(reason.status, "File refused: " + why, List.of(new FieldError(field, why)));
        this.reason = reason;
    }

    static AttachmentRefused file(Reason reason, String why) {
        return new AttachmentRefused(reason, "file", why);
    }

    public Reason reason() {
        return reason;
    }
}
