package vn.sogoc.archive.holder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HolderIdTest {

    @Test
    void acceptsTheThreeOfficialForms() {
        assertThat(HolderId.parse("048069350659").kind()).isEqualTo(HolderKind.CITIZEN);
        assertThat(HolderId.parse("0364384044").kind()).isEqualTo(HolderKind.ENTERPRISE);
        HolderId branch = HolderId.parse(" 0112134235-001 ");
        assertThat(branch.kind()).isEqualTo(HolderKind.BRANCH);
        assertThat(branch.value()).isEqualTo("0112134235-001");
        assertThat(branch.parentValue()).isEqualTo("0112134235");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "12345", "04806935065", "0480693506591", "03643840 44", "036438404A",
        "0112134235-01", "0112134235-0011", "011213423-001", "0112134235_001", "0112134235-", "-001",
        "0112134235-001-002", "048069350659-001"})
    void refusesEverythingElseWithTheValueAndReason(String text) {
        assertThatThrownBy(() -> HolderId.parse(text))
                .isInstanceOf(InvalidHolderIdException.class)
                .hasMessageContaining("invalid holder ID")
                .hasMessageContaining(text.strip());
        assertThat(HolderId.isValid(text)).isFalse();
    }

    @Test
    void nullIsRefusedToo() {
        assertThatThrownBy(() -> HolderId.parse(null)).isInstanceOf(InvalidHolderIdException.class)
                .hasMessageContaining("empty");
    }
}
