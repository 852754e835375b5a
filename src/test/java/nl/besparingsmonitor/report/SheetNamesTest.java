package nl.besparingsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

    @Test
    void namesAreShortenedCleanedAndMadeUniqueIgnoringCase() {
        SheetNames names = new SheetNames(List.of("Samenvatting"));
        assertThat(names.unique("GM0406 Huizen")).isEqualTo("GM0406 Huizen");
        assertThat(names.unique("GM0406 HUIZEN")).isEqualTo("GM0406 HUIZEN (2)");
        assertThat(names.unique("samenvatting")).isEqualTo("samenvatting (2)");
        assertThat(names.unique("GM0001 Naam/met:rare*tekens?[x]\\y")).isEqualTo("GM0001 Naam met rare tekens x y");
        String longName = "GM0002 Een gemeente met een zeer lange naam";
        assertThat(names.unique(longName)).isEqualTo("GM0002 Een gemeente met een zee").hasSize(31);
        assertThat(names.unique(longName)).isEqualTo("GM0002 Een gemeente met een (2)").hasSizeLessThanOrEqualTo(31);
        assertThat(names.unique("'quoted'")).isEqualTo("quoted");
        assertThat(names.unique("  ")).isEqualTo("Blad");
    }
}
