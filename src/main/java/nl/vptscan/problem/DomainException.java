package nl.vptscan.problem;

import java.util.List;

/**
 * A request the domain refuses, said in domain words: what kind of refusal, a message code with its parameters
 * (the text is {@code error.<code>} in the message bundles) and, where it applies, the bad fields. It knows nothing
 * of HTTP: one handler maps it to a status with problem+json for the API and to a page for a person.
 */
public class DomainException extends RuntimeException {

    /** Why the request is refused. */
    public enum Kind {
        /** Some input is wrong; the fields say which. */
        INVALID,
        /** Something required is missing before this step can be taken. */
        INCOMPLETE,
        /** What the request points at does not exist. */
        NOT_FOUND,
        /** It cannot be done in the current state, or someone else changed it first. */
        CONFLICT,
        /** The caller may not do this or see this. */
        FORBIDDEN,
        /** A file or a set of files is larger than allowed. */
        TOO_LARGE,
        /** A file is not of a kind that is accepted. */
        UNSUPPORTED_TYPE
    }

    private final Kind kind;
    private final String code;
    private final List<Object> params;
    private final List<FieldError> errors;

    public DomainException(Kind kind, String detail, String code, List<Object> params, List<FieldError> errors) {
        super(detail, null, false, false);
        this.kind = kind;
        this.code = code;
        this.params = List.copyOf(params);
        this.errors = List.copyOf(errors);
    }

    public static DomainException invalid(String detail, List<FieldError> errors) {
        return new DomainException(Kind.INVALID, detail, null, List.of(), errors);
    }

    public static DomainException incomplete(String detail, List<FieldError> errors) {
        return new DomainException(Kind.INCOMPLETE, detail, null, List.of(), errors);
    }

    public static DomainException notFound(String detail) {
        return new DomainException(Kind.NOT_FOUND, detail, null, List.of(), List.of());
    }

    public static DomainException conflict(String detail) {
        return new DomainException(Kind.CONFLICT, detail, null, List.of(), List.of());
    }

    /** Bad input with the message code of the whole refusal; the fields carry their own codes. */
    public static DomainException invalid(String detail, String code, List<FieldError> errors, Object... params) {
        return new DomainException(Kind.INVALID, detail, code, List.of(params), errors);
    }

    /** One bad field: its message code and parameters, said also for the whole refusal. */
    public static DomainException invalidField(String detail, String field, String code, Object... params) {
        return new DomainException(Kind.INVALID, detail, code, List.of(params),
                List.of(FieldError.coded(field, detail, code, params)));
    }

    /** What is asked for does not exist, with its message code and parameters. */
    public static DomainException notFound(String detail, String code, Object... params) {
        return new DomainException(Kind.NOT_FOUND, detail, code, List.of(params), List.of());
    }

    /** The caller may not do this, with its message code and parameters. */
    public static DomainException forbidden(String detail, String code, Object... params) {
        return new DomainException(Kind.FORBIDDEN, detail, code, List.of(params), List.of());
    }

    /** A conflict with its message code and parameters. */
    public static DomainException conflict(String detail, String code, Object... params) {
        return new DomainException(Kind.CONFLICT, detail, code, List.of(params), List.of());
    }

    public Kind kind() {
        return kind;
    }

    /** The message code of the whole refusal, or null when only the fields have codes. */
    public String code() {
        return code;
    }

    public List<Object> params() {
        return params;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
