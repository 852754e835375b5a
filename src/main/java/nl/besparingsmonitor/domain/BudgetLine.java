package nl.besparingsmonitor.domain;

/** One figure of a budget line (post) for a year: budget, realisation or forecast. */
public record BudgetLine(String post, Domain domain, BudgetFigureKind figure, int year, Amount amount) {
}
