package vn.sogoc.archive.app.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Vietnamese day-first dates in the web UI, ISO still accepted, clear refusals. */
class DateInputTest {

    @Test
    void dayFirstInEveryCommonSpellingAndIso() {
        LocalDate d = LocalDate.of(2026, 2, 5);
        for (String s : new String[] {"05/02/2026", "5/2/2026", " 5/02/2026 ", "05-02-2026", "05.02.2026", "2026-02-05"}) {
            assertThat(DateInput.parse(s)).as(s).isEqualTo(d);
            assertThat(s.matches(DateInput.HTML_PATTERN)).as("browser pattern accepts " + s).isTrue();
        }
        assertThat(DateInput.format(d)).isEqualTo("05/02/2026");
        assertThat(DateInput.parse(DateInput.format(d))).isEqualTo(d);
        assertThat(DateInput.parse("  ")).isNull();
        assertThat(DateInput.format(null)).isEmpty();
    }

    @Test
    void monthFirstOrImpossibleDaysAreRefusedWithTheReason() {
        assertThatThrownBy(() -> DateInput.parse("02/31/2026")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'02/31/2026'").hasMessageContaining("no such day");
        assertThatThrownBy(() -> DateInput.parse("29/02/2025")).hasMessageContaining("ngày không tồn tại");
        assertThat(DateInput.parse("29/02/2024")).isEqualTo(LocalDate.of(2024, 2, 29));
        for (String s : new String[] {"yesterday", "2026/02/05", "5/2/26", "05022026"}) {
            assertThatThrownBy(() -> DateInput.parse(s)).as(s).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("dd/MM/yyyy");
            assertThat(s.matches(DateInput.HTML_PATTERN)).as("browser pattern refuses " + s).isFalse();
        }
    }
}
