package nl.besparingsmonitor.domain;

/** The three kinds of input workbook ({@code Soort bestand} on the Info sheet). */
public enum WorkbookKind {
    VOORSTELLEN("Voorstellen"),
    REALISATIE("Realisatie"),
    VERDEELSLEUTELS("Verdeelsleutels");

    private final String label;

    WorkbookKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
