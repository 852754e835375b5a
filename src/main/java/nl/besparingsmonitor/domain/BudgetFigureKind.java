package nl.besparingsmonitor.domain;

/** The figures on a budget line: the budget itself, the actuals of a closed year, the forecast of an open year. */
public enum BudgetFigureKind {
    BEGROTING("Begroting"),
    REALISATIE("Realisatie"),
    PROGNOSE("Prognose");

    private final String label;

    BudgetFigureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
