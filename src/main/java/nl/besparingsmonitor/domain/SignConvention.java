package nl.besparingsmonitor.domain;

import java.math.BigDecimal;

/**
 * How a workbook writes the sign of its amounts (Info label {@code Tekenconventie}).
 * Normalisation turns an entered amount into a magnitude of its kind; an amount whose sign
 * contradicts the convention is a reversal and keeps its real (opposite) effect.
 */
public enum SignConvention {
    /** {@code bedragen positief}: savings and costs both positive (default). */
    ALL_POSITIVE("bedragen positief"),
    /** {@code besparing negatief}: spending view, savings negative, costs positive. */
    SAVINGS_NEGATIVE("besparing negatief"),
    /** {@code kosten negatief}: budget view, costs negative, savings positive. */
    COSTS_NEGATIVE("kosten negatief");

    private final String label;

    SignConvention(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The sign an amount of this kind is expected to have when entered: +1 or -1. */
    public int expectedSign(LineKind kind) {
        return switch (this) {
            case ALL_POSITIVE -> 1;
            case SAVINGS_NEGATIVE -> kind == LineKind.SAVING ? -1 : 1;
            case COSTS_NEGATIVE -> kind == LineKind.COST ? -1 : 1;
        };
    }

    /**
     * The magnitude of the kind: positive when entered as the convention says, negative for a reversal
     * (a saving entered as a cost, say), so that net = savings - costs still gives the real effect.
     */
    public BigDecimal toMagnitude(LineKind kind, BigDecimal entered) {
        return expectedSign(kind) > 0 ? entered : entered.negate();
    }

    /** True when a non-zero entered amount has the sign opposite to what the convention expects. */
    public boolean isReversal(LineKind kind, BigDecimal entered) {
        return entered.signum() != 0 && entered.signum() != expectedSign(kind);
    }
}
