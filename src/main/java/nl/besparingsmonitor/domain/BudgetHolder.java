package nl.besparingsmonitor.domain;

/** Whose budget an amount lands in (column {@code Begroting}): the municipality's or the region's. */
public enum BudgetHolder {
    GEMEENTE("Gemeente"),
    REGIO("Regio");

    private final String label;

    BudgetHolder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
