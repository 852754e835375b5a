package nl.besparingsmonitor.domain;

/** Recurring (structureel) or one-off (incidenteel). */
public enum MeasureType {
    STRUCTUREEL("Structureel"),
    INCIDENTEEL("Incidenteel");

    private final String label;

    MeasureType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
