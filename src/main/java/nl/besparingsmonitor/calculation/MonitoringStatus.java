package nl.besparingsmonitor.calculation;

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

    /** The Dutch label reports show. */
    public String label() {
        return label;
    }
}
