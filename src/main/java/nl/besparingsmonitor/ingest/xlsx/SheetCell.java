package nl.besparingsmonitor.ingest.xlsx;

import java.math.BigDecimal;

/**
 * One non-empty cell as stored in the sheet XML. Numbers keep the exact decimal text Excel wrote
 * ({@code <v>1632659.5</v>}) so that amounts never pass through binary floating point.
 *
 * @param row zero-based row index
 * @param column zero-based column index
 * @param shown how the cell's number format shows a number: as it is stored, as a date, as a percentage
 *              (0,255 as 25,5%), or divided by a thousand or a million ({@code #,##0,})
 * @param formula the cell holds a formula; the value is Excel's cached result
 */
public record SheetCell(int row, int column, CellKind kind, String text, BigDecimal number,
                        Shown shown, boolean formula) {

    /**
     * {@code FORMULA_WITHOUT_RESULT}: a formula whose result the file does not hold (written by a tool that
     * does not calculate); its {@code text} is the formula as written, so that a message can show it.
     */
    public enum CellKind { NUMBER, TEXT, BOOLEAN, ERROR, FORMULA_WITHOUT_RESULT }

    /** What a number format does to a number on screen; text cells are {@code AS_STORED}. */
    public enum Shown {
        AS_STORED(0), AS_DATE(0), AS_PERCENT(0), IN_THOUSANDS(3), IN_MILLIONS(6);

        private final int scale;

        Shown(int scale) {
            this.scale = scale;
        }

        /** The stored number as the format shows it: 145000 in thousands is 145. */
        public BigDecimal onScreen(BigDecimal stored) {
            return stored.movePointLeft(scale);
        }
    }

    /** The number is shown as a date (typed '7-3', Excel may have made a date of it). */
    public boolean dateFormatted() {
        return shown == Shown.AS_DATE;
    }

    /** The number is shown as a percentage: 0,255 shows as 25,5%. */
    public boolean percentFormatted() {
        return shown == Shown.AS_PERCENT;
    }

    /** The number format divides the number for display: the cell shows thousands or millions of what it holds. */
    public boolean shownScaled() {
        return shown == Shown.IN_THOUSANDS || shown == Shown.IN_MILLIONS;
    }

    /** A1-style reference, e.g. {@code D14}. */
    public String ref() {
        return CellRefs.ref(row, column);
    }

    public boolean isNumber() {
        return kind == CellKind.NUMBER;
    }

    public boolean isText() {
        return kind == CellKind.TEXT;
    }

    public boolean isFormulaWithoutResult() {
        return kind == CellKind.FORMULA_WITHOUT_RESULT;
    }

    /**
     * The value as a user would read it in the feedback: the text, or the number as Dutch Excel shows it
     * without a number format ({@code 415000}, {@code -1632659,5}), not as the file stores it
     * ({@code 415000.0}, written so by many tools).
     */
    public String display() {
        return switch (kind) {
            case NUMBER -> number.stripTrailingZeros().toPlainString().replace('.', ',');
            default -> text;
        };
    }

    /** A copy at another position, used to repeat a merged cell's value into the cells it covers. */
    SheetCell movedTo(int newRow, int newColumn) {
        return new SheetCell(newRow, newColumn, kind, text, number, shown, formula);
    }
}
