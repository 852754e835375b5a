package nl.besparingsmonitor.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class SheetCellTest {

    private static SheetCell number(String stored) {
        return new SheetCell(0, 0, SheetCell.CellKind.NUMBER, null, new BigDecimal(stored), SheetCell.Shown.AS_STORED, false);
    }

    @Test
    void feedbackShowsANumberAsDutchExcelWouldNotAsTheFileStoresIt() {
        assertThat(number("415000.0").display()).isEqualTo("415000");
        assertThat(number("-28000.0").display()).isEqualTo("-28000");
        assertThat(number("1632659.50").display()).isEqualTo("1632659,5");
        assertThat(number("1E+3").display()).isEqualTo("1000");
        assertThat(number("0.0").display()).isEqualTo("0");
        assertThat(new SheetCell(0, 0, SheetCell.CellKind.TEXT, "P.M.", null, SheetCell.Shown.AS_STORED, false).display()).isEqualTo("P.M.");
    }
}
