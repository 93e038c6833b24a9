package nl.vptscan.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One bad field of a request: where it is (e.g. {@code answers.ai11.p01.q1}), what is wrong with it in English for
 * the API, and, where known, a message code with its parameters so that pages say the same in the user's language
 * (the text is {@code error.<code>} in the message bundles, the parameters are {0}, {1}, ...). A field in a table
 * (a row of an uploaded sheet, a property of one of several edited items) also has its {@link Place}, so that pages
 * name the row and column without reading the field's path.
 */
@Serdeable
public record FieldError(String field, String message, @Nullable String code, List<Object> params,
                         @Nullable Place place) {

    public FieldError {
        params = params == null ? List.of() : List.copyOf(params);
    }

    public FieldError(String field, String message, @Nullable String code, List<Object> params) {
        this(field, message, code, params, null);
    }

    public FieldError(String field, String message) {
        this(field, message, null, List.of(), null);
    }

    /** A bad field with its message code and parameters. */
    public static FieldError coded(String field, String message, String code, Object... params) {
        return new FieldError(field, message, code, List.of(params), null);
    }

    /** The same refusal, placed in its table. */
    public FieldError at(@Nullable Place where) {
        return new FieldError(field, message, code, params, where);
    }

    /**
     * Where a bad field is in a table: the row of an uploaded sheet (counted from 1 as spreadsheet software shows it)
     * or the id of the edited item, and the column (the item's property), each absent when it does not apply.
     */
    @Serdeable
    public record Place(@Nullable Integer row, @Nullable Long item, @Nullable String column) {

        /** A whole row of a sheet. */
        public static Place row(int row) {
            return new Place(row, null, null);
        }

        /** One cell of a sheet. */
        public static Place cell(int row, @Nullable String column) {
            return new Place(row, null, column);
        }

        /** One edited item as a whole, or one of its properties. */
        public static Place item(long item, @Nullable String column) {
            return new Place(null, item, column);
        }
    }
}
