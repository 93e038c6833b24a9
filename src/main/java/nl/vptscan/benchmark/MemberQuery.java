package nl.vptscan.benchmark;

import io.micronaut.core.annotation.Nullable;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which page of a region's members the coordinator asks for: page number (from 1), page size (at most
 * {@link #MAX_SIZE} when asked for; the workbook takes every member on one page) and order, by name or by overall
 * score. Equal names or scores keep a fixed order (by name,
 * then id); members without a result come after those with one in either direction.
 */
public record MemberQuery(int page, int size, Sort sort, boolean descending) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 500;

    /** What members are ordered by. */
    public enum Sort {
        NAME, SCORE;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public MemberQuery {
        if (page < 1 || size < 1 || sort == null) {
            throw new IllegalArgumentException("page " + page + ", size " + size + ", sort " + sort);
        }
    }

    /** The first page in name order, as a region's view opens. */
    public static MemberQuery first(int size) {
        return new MemberQuery(1, size, Sort.NAME, false);
    }

    /**
     * Reads the query parameters {@code page}, {@code size}, {@code sort} ({@code name} or {@code score}) and
     * {@code order} ({@code asc} or {@code desc}; by default names ascend and scores descend); 400 naming every bad
     * one.
     */
    public static MemberQuery of(@Nullable String page, @Nullable String size, @Nullable String sort,
                                 @Nullable String order) {
        List<FieldError> errors = new ArrayList<>();
        int number = whole(page, 1, 1, Integer.MAX_VALUE, "page", "benchmark.page.range", errors);
        int rows = whole(size, DEFAULT_SIZE, 1, MAX_SIZE, "size", "benchmark.size.range", errors);
        Sort by = Sort.NAME;
        if (sort != null && !sort.isBlank()) {
            try {
                by = Sort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.coded("sort", "use name or score", "benchmark.sort.unknown", sort));
            }
        }
        boolean descending = by == Sort.SCORE;
        if (order != null && !order.isBlank()) {
            switch (order.strip().toLowerCase(Locale.ROOT)) {
                case "asc" -> descending = false;
                case "desc" -> descending = true;
                default -> errors.add(FieldError.coded("order", "use asc or desc", "benchmark.order.unknown", order));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("invalid page of members: " + errors.stream().map(FieldError::field).toList(),
                    "benchmark.members.invalid", errors);
        }
        return new MemberQuery(number, rows, by, descending);
    }

    private static int whole(String value, int fallback, int min, int max, String field, String code,
                             List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, as out of range
        }
        errors.add(FieldError.coded(field, "a whole number from " + min + " to " + max, code, value, min, max));
        return fallback;
    }

    /** How many rows come before this page. */
    long offset() {
        return (long) (page - 1) * size;
    }

    /** The number of pages for this many members; at least one. */
    public int pages(long members) {
        return (int) Math.max(1, (members + size - 1) / size);
    }

    /** The sort's word as the query parameter takes it. */
    public String sortWord() {
        return sort.word();
    }

    /** The order's word as the query parameter takes it. */
    public String orderWord() {
        return descending ? "desc" : "asc";
    }
}
