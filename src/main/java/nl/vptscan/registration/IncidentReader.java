package nl.vptscan.registration;

import nl.vptscan.problem.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the rows of an export with a source's column mapping and counts them: the header must name every required
 * field and no column with names or addresses of perpetrators or victims; every row is checked, and one bad cell
 * makes the whole export refused with one coded error per bad cell (row, column, value). Only incidents dated in
 * the 12 months up to the import date are counted; a row is never kept.
 */
final class IncidentReader implements Rows {

    /** Header words that mark names or addresses, in any column the mapping does not know (normalised). */
    static final List<String> PERSONAL_DATA_WORDS = List.of("naam", "name", "adres", "address", "straat", "street",
            "huisnummer", "postcode", "woonplaats", "geboortedatum", "birth", "bsn", "burgerservicenummer", "telefoon",
            "phone", "email", "kenteken");
    /** Headers that, on their own, name a person (a column "Dader" holds who it was, not whether one is known). */
    static final List<String> PERSON_HEADERS = List.of("dader", "daders", "veroorzaker", "slachtoffer", "melder",
            "betrokkene", "perpetrator", "victim");
    /** Errors listed before the rest is only counted: enough to fix an export, bounded for the response. */
    static final int MAX_ERRORS = 200;
    private static final int MAX_LABEL = 200;
    /** 48 hours, at the precision of a date. */
    private static final int RESPONSE_DAYS = 2;

    private final Source source;
    private final LocalDate today;
    private final LocalDate from;
    private final Map<Field, Integer> columns = new EnumMap<>(Field.class);
    private final List<String> headers = new ArrayList<>();
    private final List<FieldError> errors = new ArrayList<>();
    private int moreErrors;
    private int rows;
    private int incidents;
    private int known;
    private int responded;
    private int crimes;
    private int reported;
    private int damaged;
    private int claimed;
    private int aftercare;
    private BigDecimal absence = BigDecimal.ZERO;
    private final Map<String, Figures.Count> byType = new LinkedHashMap<>();
    private final Map<String, Figures.Count> byJobGroup = new LinkedHashMap<>();

    IncidentReader(Source source, LocalDate today, int months) {
        this.source = source;
        this.today = today;
        this.from = today.minusMonths(months).plusDays(1);
    }

    @Override
    public void header(int row, List<String> names) {
        headers.addAll(names.stream().map(String::strip).toList());
        List<String> normalised = headers.stream().map(Source::normalise).toList();
        for (Field field : Field.values()) {
            for (String alias : source.headers().getOrDefault(field, List.of())) {
                int index = normalised.indexOf(Source.normalise(alias));
                if (index >= 0) {
                    columns.put(field, index);
                    break;
                }
            }
        }
        List<FieldError> personal = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            if (!columns.containsValue(c) && personal(normalised.get(c))) {
                personal.add(FieldError.coded("column " + (c + 1), "column " + (c + 1) + " '" + headers.get(c)
                                + "' may hold names or addresses of perpetrators or victims",
                        "registration.column.personal", c + 1, headers.get(c)));
            }
        }
        if (!personal.isEmpty()) {
            throw RegistrationRefused.fields(RegistrationRefused.Reason.PERSONAL_DATA, "Registration export refused: "
                    + personal.size() + " column(s) may hold names or addresses of perpetrators or victims; data on "
                    + "criminal offences and the people involved may not be kept here (AVG art. 10). Remove the "
                    + "column(s) and import again; nothing was stored", personal);
        }
        List<FieldError> missing = new ArrayList<>();
        for (Field field : Field.values()) {
            if (field.required() && !columns.containsKey(field)) {
                String example = source.headers().get(field).get(0);
                missing.add(FieldError.coded("columns." + field.key(), "no column for " + field.key() + " (e.g. '"
                        + example + "')", "registration.column.missing", example, source.id()));
            }
        }
        if (!missing.isEmpty()) {
            throw RegistrationRefused.fields(RegistrationRefused.Reason.COLUMNS, "Registration export refused: "
                    + missing.size() + " required column(s) missing in row " + row + "; nothing was stored", missing);
        }
    }

    private boolean personal(String header) {
        if (PERSON_HEADERS.contains(header)) {
            return true;
        }
        return PERSONAL_DATA_WORDS.stream().anyMatch(header::contains)
                || source.personalDataWords().stream().anyMatch(header::contains);
    }

    @Override
    public void row(int row, List<Cell> cells) {
        rows++;
        int before = errors.size() + moreErrors;
        if (cells.size() > headers.size() && cells.subList(headers.size(), cells.size()).stream().anyMatch(c -> !c.blank())) {
            error(FieldError.coded("row " + row, "row " + row + " has more cells than the header has columns",
                    "registration.row.extraCells", row));
            return;
        }
        Row r = new Row(row, cells);
        LocalDate date = r.date(Field.DATE, true);
        if (date != null && date.isAfter(today)) {
            r.error(Field.DATE, "is after the import date", "registration.row.future");
        }
        String type = r.label(Field.TYPE);
        String jobGroup = r.label(Field.JOB_GROUP);
        Boolean crimeMarked = r.yesNo(Field.CRIME, false);
        Boolean perpetratorKnown = r.yesNo(Field.PERPETRATOR_KNOWN, true);
        boolean isKnown = Boolean.TRUE.equals(perpetratorKnown);
        Boolean response = r.yesNo(Field.RESPONSE_WITHIN_48H, false);
        LocalDate responseDate = r.date(Field.RESPONSE_DATE, false);
        if (responseDate != null && date != null) {
            long days = ChronoUnit.DAYS.between(date, responseDate);
            if (days < 0) {
                r.error(Field.RESPONSE_DATE, "is before the date of the incident", "registration.row.responseBefore");
            } else if (Boolean.TRUE.equals(response) && days > RESPONSE_DAYS) {
                r.error(Field.RESPONSE_WITHIN_48H, "says yes, but the response date is " + days
                        + " days after the incident", "registration.row.responseLate", days);
            } else if (response == null) {
                response = days <= RESPONSE_DAYS;
            }
        }
        if (isKnown && response == null && r.blank(Field.RESPONSE_WITHIN_48H)) {
            r.error(Field.RESPONSE_WITHIN_48H, "is empty; it is required when the perpetrator is known",
                    "registration.row.requiredKnown");
        }
        Boolean report = r.yesNo(Field.POLICE_REPORT, true);
        BigDecimal damage = r.amount(Field.DAMAGE);
        Boolean damageClaimed = r.yesNo(Field.DAMAGE_CLAIMED, false);
        boolean hasDamage = columns.containsKey(Field.DAMAGE) ? damage != null && damage.signum() > 0 : damageClaimed != null;
        if (hasDamage && isKnown && damageClaimed == null && r.blank(Field.DAMAGE_CLAIMED)) {
            r.error(Field.DAMAGE_CLAIMED, "is empty; it is required for damage by a known perpetrator",
                    "registration.row.requiredDamage");
        }
        Boolean care = r.yesNo(Field.AFTERCARE, true);
        BigDecimal days = r.days(Field.ABSENCE_DAYS);
        if (errors.size() + moreErrors > before || date == null || date.isBefore(from)) {
            return;
        }
        incidents++;
        boolean crime = Boolean.TRUE.equals(crimeMarked) || source.crimeTypes().contains(Source.normalise(type));
        known += isKnown ? 1 : 0;
        responded += isKnown && Boolean.TRUE.equals(response) ? 1 : 0;
        crimes += crime ? 1 : 0;
        reported += crime && Boolean.TRUE.equals(report) ? 1 : 0;
        damaged += hasDamage && isKnown ? 1 : 0;
        claimed += hasDamage && isKnown && Boolean.TRUE.equals(damageClaimed) ? 1 : 0;
        aftercare += Boolean.TRUE.equals(care) ? 1 : 0;
        absence = absence.add(days == null ? BigDecimal.ZERO : days);
        count(byType, type);
        count(byJobGroup, jobGroup);
    }

    private static void count(Map<String, Figures.Count> counts, String label) {
        counts.merge(Source.normalise(label), new Figures.Count(label, 1),
                (a, b) -> new Figures.Count(a.label(), a.incidents() + 1));
    }

    /** The aggregates, once every row was read; the whole export is refused when a row was bad or none was read. */
    Figures figures() {
        if (!errors.isEmpty()) {
            List<FieldError> listed = new ArrayList<>(errors);
            if (moreErrors > 0) {
                listed.add(FieldError.coded("rows", moreErrors + (moreErrors == 1 ? " more problem" : " more problems"), "registration.rows.more", moreErrors));
            }
            throw RegistrationRefused.fields(RegistrationRefused.Reason.BAD_ROWS, "Registration export refused: "
                    + (errors.size() + moreErrors) + " problem(s) in its rows; nothing was stored", listed,
                    errors.size() + moreErrors);
        }
        if (headers.isEmpty() || rows == 0) {
            throw RegistrationRefused.file(RegistrationRefused.Reason.NO_INCIDENTS, "the export holds no incidents");
        }
        return new Figures(from, today, rows, incidents, known, responded, crimes, reported, damaged, claimed,
                aftercare, absence, sorted(byType), sorted(byJobGroup));
    }

    private static List<Figures.Count> sorted(Map<String, Figures.Count> counts) {
        return counts.values().stream().sorted(java.util.Comparator.comparingInt(Figures.Count::incidents).reversed()
                .thenComparing(Figures.Count::label)).toList();
    }

    private void error(FieldError error) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(error);
        } else {
            moreErrors++;
        }
    }

    /** The cells of one row, read by field; each bad cell adds its error. */
    private final class Row {

        private final int number;
        private final List<Cell> cells;

        Row(int number, List<Cell> cells) {
            this.number = number;
            this.cells = cells;
        }

        Cell cell(Field field) {
            Integer column = columns.get(field);
            return column == null || column >= cells.size() ? Cell.BLANK : cells.get(column);
        }

        boolean blank(Field field) {
            return cell(field).blank();
        }

        /** The cell's text; null (with an error) when it is a formula, longer than a label may be, or missing. */
        private Optional<String> text(Field field, boolean required) {
            Cell cell = cell(field);
            if (cell.formula()) {
                error(field, "holds a formula; export values only", "registration.row.formula");
                return Optional.empty();
            }
            if (cell.blank()) {
                if (required) {
                    error(field, "is empty; it is required", "registration.row.required");
                }
                return Optional.empty();
            }
            return Optional.of(cell.text().strip());
        }

        LocalDate date(Field field, boolean required) {
            Cell cell = cell(field);
            if (cell.date() != null) {
                return cell.date();
            }
            return text(field, required).map(t -> Values.date(t).orElseGet(() -> {
                error(field, "'" + t + "' is not a date (dd-mm-yyyy or yyyy-mm-dd)", "registration.row.date");
                return null;
            })).orElse(null);
        }

        Boolean yesNo(Field field, boolean required) {
            return text(field, required).map(t -> Values.yesNo(t).orElseGet(() -> {
                error(field, "'" + t + "' is not yes or no (ja/nee, j/n, 1/0)", "registration.row.yesNo");
                return null;
            })).orElse(null);
        }

        String label(Field field) {
            String text = text(field, true).orElse("");
            if (text.length() > MAX_LABEL) {
                error(field, "is longer than " + MAX_LABEL + " characters", "registration.row.tooLong", MAX_LABEL);
                return "";
            }
            return text;
        }

        BigDecimal amount(Field field) {
            return text(field, false).map(t -> Values.amount(t).orElseGet(() -> {
                error(field, "'" + t + "' is not an amount", "registration.row.amount");
                return null;
            })).orElse(null);
        }

        BigDecimal days(Field field) {
            return text(field, false).map(t -> Values.number(t).orElseGet(() -> {
                error(field, "'" + t + "' is not a number of days", "registration.row.days");
                return null;
            })).orElse(null);
        }

        void error(Field field, String problem, String code, Object... extra) {
            int column = columns.get(field);
            String header = headers.get(column);
            String value = cell(field).text();
            Object[] params = new Object[3 + extra.length];
            params[0] = number;
            params[1] = header;
            params[2] = value;
            System.arraycopy(extra, 0, params, 3, extra.length);
            IncidentReader.this.error(FieldError.coded("row " + number + "." + field.key(),
                    "row " + number + ", column '" + header + "': " + problem, code, params));
        }
    }
}
