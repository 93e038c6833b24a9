package nl.vptscan.evidence;

import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;

import java.util.List;

/** An upload refused as evidence, with the reason a page names in the user's language; nothing was stored. */
public final class AttachmentRefused extends DomainException {

    /** Why a file was refused; each has the message code {@code attachment.refused.<key>}. */
    public enum Reason {
        MISSING("missing", Kind.INVALID),
        EMPTY("empty", Kind.INVALID),
        TOO_LARGE("tooLarge", Kind.TOO_LARGE),
        QUOTA("quota", Kind.TOO_LARGE),
        UNKNOWN_TYPE("unknownType", Kind.UNSUPPORTED_TYPE),
        DISGUISED("disguised", Kind.UNSUPPORTED_TYPE),
        MACROS("macros", Kind.UNSUPPORTED_TYPE),
        ENCRYPTED("encrypted", Kind.INVALID),
        MALFORMED("malformed", Kind.INVALID),
        UNKNOWN_QUESTION("unknownQuestion", Kind.INVALID);

        private final String key;
        private final Kind kind;

        Reason(String key, Kind kind) {
            this.key = key;
            this.kind = kind;
        }

        /** The message code of the reason; its text takes the largest file and the largest total in MB. */
        public String code() {
            return "attachment.refused." + key;
        }

        /** The message key of the reason's text on pages. */
        public String messageKey() {
            return "error." + code();
        }
    }

    private final Reason reason;

    AttachmentRefused(Reason reason, String field, String why, Object... params) {
        super(reason.kind, "File refused: " + why, reason.code(), List.of(params),
                List.of(FieldError.coded(field, why, reason.code(), params)));
        this.reason = reason;
    }

    static AttachmentRefused file(Reason reason, String why, Object... params) {
        return new AttachmentRefused(reason, "file", why, params);
    }

    public Reason reason() {
        return reason;
    }
}
