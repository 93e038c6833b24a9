package nl.vptscan.web;

import io.micronaut.http.HttpStatus;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import nl.vptscan.access.Caller;
import nl.vptscan.access.Role;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the administrator's pages share: who may open them, and the fields a refused form names. */
final class AdminForms {

    /** Rows on one page of a long list. */
    static final int PAGE_SIZE = 25;

    private AdminForms() {
    }

    static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw DomainException.forbidden("Administrators only", "forbidden.adminOnly");
        }
    }

    /** The fields named by bean-validation violations and by a refusal of the service. */
    static Set<String> fields(Set<? extends ConstraintViolation<?>> violations, List<FieldError> errors) {
        Set<String> wrong = new LinkedHashSet<>();
        for (ConstraintViolation<?> v : violations) {
            String last = null;
            for (Path.Node node : v.getPropertyPath()) {
                last = node.getName();
            }
            wrong.add(last);
        }
        errors.forEach(e -> wrong.add(e.field()));
        return wrong;
    }

    /**
     * The refused fields of a form. A field the service refused keeps that refusal, so that the page says its own
     * text ("this user name is taken"); a field refused without a coded reason gets the form's general text for it.
     */
    static final class Wrong extends LinkedHashSet<String> {

        private final Map<String, FieldError> refusals = new LinkedHashMap<>();

        /** The fields a refusal of the service names, each with its reason. */
        void refused(List<FieldError> errors) {
            for (FieldError e : errors) {
                add(e.field());
                refusals.putIfAbsent(e.field(), e);
            }
        }

        /** A field refused by a service's refusal as a whole, with that refusal's reason. */
        void refused(String field, DomainException e) {
            refused(List.of(FieldError.coded(field, e.getMessage(), e.code(), e.params().toArray())));
        }

        /** What the page says under each refused field, in the page's language. */
        Map<String, String> texts(Texts texts, String lang) {
            Map<String, String> shown = new LinkedHashMap<>();
            for (String field : this) {
                String general = texts.get(lang, "admin.error." + field);
                FieldError refusal = refusals.get(field);
                shown.put(field, refusal == null ? general : texts.error(lang, refusal.code(), refusal.params(), general));
            }
            return shown;
        }
    }

    /** A whole number, or null when blank; the field is marked wrong when it is no number. */
    static Integer integer(String text, String field, Set<String> wrong) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            wrong.add(field);
            return null;
        }
    }

    static Long id(String text, String field, Set<String> wrong) {
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            wrong.add(field);
            return null;
        }
    }

    /** A date as the date picker sends it (yyyy-mm-dd) or as people type it (dd-mm-jjjj); null when blank. */
    static LocalDate date(String text, String field, Set<String> wrong) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(FormAnswers.date(text));
        } catch (DateTimeException e) {
            wrong.add(field);
            return null;
        }
    }

    /** Page {@code page} (from 1) of a list, with the number of pages. */
    record Paged<T>(List<T> rows, int page, int pages, int total) {

        static <T> Paged<T> of(List<T> all, String asked) {
            int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
            int page = 1;
            try {
                page = asked == null ? 1 : Math.max(1, Math.min(pages, Integer.parseInt(asked)));
            } catch (NumberFormatException e) {
                page = 1;
            }
            int from = (page - 1) * PAGE_SIZE;
            return new Paged<>(all.subList(from, Math.min(all.size(), from + PAGE_SIZE)), page, pages, all.size());
        }
    }
}
