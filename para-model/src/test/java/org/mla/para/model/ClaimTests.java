package org.mla.para.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimTests {

    private static Presentation titled(String title) {
        return new Presentation("p1", title, "GENERAL", LocalDate.of(2025, 1, 1), List.of(EvidenceKind.PROGRAM));
    }

    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            Self-Checkout Without Tears            | self-checkout without tears
            '  Self-Checkout   Without Tears '     | self-checkout without tears
            'Self-Checkout\t\nWithout\u2003Tears'  | self-checkout without tears
            MLA                                    | mla
            '\u2003MLA '                           | mla
            '\u3000MLA\u2002'                       | mla
            '\u205FMLA\u1680'                       | mla
            '\u001FMLA\u000B'                       | mla
            """)
    void titlesAreComparedTrimmedCollapsedAndIgnoringCase(String title, String key) {
        assertThat(titled(title.translateEscapes()).titleKey()).isEqualTo(key);
    }

    @Test
    void aControlCharacterIsNoWhiteSpaceAndStaysPartOfTheTitle() {
        assertThat(titled("\u0001MLA").titleKey()).isEqualTo("\u0001mla");
        assertThat(titled("\u00A0MLA").titleKey()).isEqualTo("\u00A0mla"); // no-break space: not white space in Java
    }

    @Test
    void everyClaimTypeNamesItsRecordAndTheRecordItsType() {
        for (ClaimType type : ClaimType.values()) {
            assertThat(type.recordType().isRecord()).isTrue();
            assertThat(Claim.class.getPermittedSubclasses()).contains(type.recordType());
        }
        assertThat(Claim.class.getPermittedSubclasses()).hasSize(ClaimType.values().length);
        assertThat(titled("x").type()).isEqualTo(ClaimType.PRESENTATION);
    }

    @Test
    void claimsAndPortfoliosAreImmutable() {
        List<EvidenceKind> evidence = new ArrayList<>(List.of(EvidenceKind.PROGRAM));
        Presentation presentation = new Presentation("p1", "Talk", "GENERAL", LocalDate.of(2025, 1, 1), evidence);
        evidence.clear();

        assertThat(presentation.evidence()).containsExactly(EvidenceKind.PROGRAM);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> presentation.evidence().add(EvidenceKind.COPY))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
