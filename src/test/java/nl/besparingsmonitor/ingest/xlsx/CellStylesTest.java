package nl.besparingsmonitor.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Number formats as budgets use them to show euros in thousands or millions, and keys to show shares as
 * percentages, in Excel's invariant notation.
 */
class CellStylesTest {

    @Test
    void aCommaAfterTheLastDigitPlaceholderDividesByAThousandBetweenPlaceholdersItSeparatesThousands() {
        assertThat(CellStyles.scalingCommas("#,##0")).isZero();
        assertThat(CellStyles.scalingCommas("General")).isZero();
        assertThat(CellStyles.scalingCommas("0%")).isZero();
        assertThat(CellStyles.scalingCommas("#,##0,")).isEqualTo(1);
        assertThat(CellStyles.scalingCommas("0.0,")).isEqualTo(1);
        assertThat(CellStyles.scalingCommas("#,##0,,")).isEqualTo(2);
        assertThat(CellStyles.scalingCommas("#,##0,,\"mln\"")).isEqualTo(2);
        // Excel's accounting format as Dutch Excel writes it, in thousands
        assertThat(CellStyles.scalingCommas("_-[$€-413]\\ * #,##0,_-;\\-[$€-413]\\ * #,##0,_-")).isEqualTo(1);
        assertThat(CellStyles.scalingCommas("[Red]#,##0,;[Blue]-#,##0")).isEqualTo(1);
    }

    @Test
    void aCommaInTextOrEscapedIsNoScaling() {
        assertThat(CellStyles.scalingCommas("0\" x1,000\"")).isZero();
        assertThat(CellStyles.scalingCommas("#,##0\\,")).isZero();
        assertThat(CellStyles.scalingCommas("\"€\" #,##0")).isZero();
        // only the first section (positive numbers) counts
        assertThat(CellStyles.scalingCommas("#,##0;-#,##0,")).isZero();
    }

    @Test
    void aPercentSignOutsideTextAndBracketsShowsTheNumberAsAPercentage() {
        assertThat(CellStyles.percentFormat("0%")).isTrue();
        assertThat(CellStyles.percentFormat("0.00%")).isTrue();
        assertThat(CellStyles.percentFormat("[Blue]0.0%")).isTrue();
        assertThat(CellStyles.percentFormat("#,##0")).isFalse();
        assertThat(CellStyles.percentFormat("0\" %\"")).isFalse();
        assertThat(CellStyles.percentFormat("0\\%")).isFalse();
        assertThat(CellStyles.percentFormat("General")).isFalse();
        // only the first section (positive numbers) counts
        assertThat(CellStyles.percentFormat("0;0%")).isFalse();
    }
}
