package nl.besparingsmonitor.calculation;

import java.math.BigDecimal;

/** How a measure (or a total of measures) is doing against its plan (domain rule 7). */
public enum MonitoringStatus {
    /** The variance is within the tolerance. */
    OP_KOERS("op koers"),
    /** Less saved than planned, beyond the tolerance. */
    ACHTER("achter"),
    /** More saved than planned, beyond the tolerance. */
    VOOR("voor"),
    /** No realisation and no expectation yet, or an unknown (P.M.) amount is involved. */
    ONBEKEND("onbekend");

    private final String label;

    MonitoringStatus(String label) {
        this.label = label;
    }

    /**
     * The status of a known variance: within {@code tolerance * |planned|} on course, else behind or ahead. Exact
     * amounts are compared, not a rounded percentage; with nothing planned any variance is beyond tolerance.
     */
    public static MonitoringStatus of(BigDecimal variance, BigDecimal planned, BigDecimal tolerance) {
        if (variance.abs().compareTo(tolerance.multiply(planned.abs())) <= 0) {
            return OP_KOERS;
        }
        return variance.signum() < 0 ? ACHTER : VOOR;
    }

    /** The Dutch label reports show. */
    public String label() {
        return label;
    }
}
