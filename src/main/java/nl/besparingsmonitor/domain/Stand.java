package nl.besparingsmonitor.domain;

/** Whether a realisation figure is actual (gerealiseerd) or a forecast (verwacht). */
public enum Stand {
    GEREALISEERD("Gerealiseerd"),
    VERWACHT("Verwacht");

    private final String label;

    Stand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
