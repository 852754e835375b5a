package nl.besparingsmonitor.domain;

/** Whether an amount is good for the budget (a saving) or bad (a cost). Amounts are stored as magnitudes. */
public enum LineKind {
    SAVING("Besparing"),
    COST("Kosten");

    private final String label;

    LineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
