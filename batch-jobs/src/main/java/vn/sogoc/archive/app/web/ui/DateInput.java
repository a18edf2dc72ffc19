package vn.sogoc.archive.app.web.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

/**
 * Dates in the web UI's forms and addresses, the Vietnamese way: shown as {@code dd/MM/yyyy} (25/11/2026),
 * typed as {@code d/M/yyyy} or {@code dd/MM/yyyy} (also with {@code -} or {@code .}), and the ISO form
 * {@code yyyy-MM-dd} accepted too (old links, the API's form). Browsers' own date pickers follow the
 * browser's language (month first in English), hence plain text inputs with {@link #HTML_PATTERN}.
 * A date that is not one of these forms, or a day that does not exist, is refused with a bilingual reason.
 * Applies to the web UI's parameters marked {@link DayFirst}; the API keeps strict ISO dates.
 */
public final class DateInput implements Formatter<LocalDate> {

    /** Marks a web UI {@code LocalDate} parameter typed the Vietnamese way (see {@link DateInput}). */
    @Target({ElementType.PARAMETER, ElementType.FIELD})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface DayFirst { }

    /** Binds {@link DayFirst} parameters with a {@link DateInput}. */
    static final class DayFirstFormatterFactory implements AnnotationFormatterFactory<DayFirst> {
        private static final DateInput FORMATTER = new DateInput();

        @Override
        public Set<Class<?>> getFieldTypes() {
            return Set.of(LocalDate.class);
        }

        @Override
        public Printer<?> getPrinter(DayFirst annotation, Class<?> fieldType) {
            return FORMATTER;
        }

        @Override
        public Parser<?> getParser(DayFirst annotation, Class<?> fieldType) {
            return FORMATTER;
        }
    }

    /** The {@code pattern} attribute of a date text input (the same forms the server accepts). */
    public static final String HTML_PATTERN = "\\s*(\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*";
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** {@code dd/MM/yyyy}, or "" for null. */
    public static String format(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    /**
     * Parses a typed date; blank gives null.
     *
     * @throws IllegalArgumentException naming the text and the reason, Vietnamese then English
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip();
        Matcher m = DAY_FIRST.matcher(t);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if (ISO.matcher(t).matches()) return LocalDate.parse(t);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + t + "': ngày không tồn tại / no such day");
        }
        throw new IllegalArgumentException("'" + t + "': ngày phải có dạng dd/MM/yyyy, ví dụ 25/11/2026 / "
                + "a date must be dd/MM/yyyy, e.g. 25/11/2026 (or yyyy-MM-dd)");
    }

    @Override
    public LocalDate parse(String text, Locale locale) {
        return parse(text);
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return format(date);
    }
}
