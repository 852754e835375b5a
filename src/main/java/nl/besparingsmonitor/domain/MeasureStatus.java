package nl.besparingsmonitor.domain;

/** Decision status of a measure. Only adopted measures count in totals (domain rule 6). */
public enum MeasureStatus {
    VOORGESTELD("Voorgesteld"),
    AANGENOMEN("Aangenomen"),
    AFGEWEZEN("Afgewezen"),
    INGETROKKEN("Ingetrokken");

    private final String label;

    MeasureStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean counts() {
        return this == AANGENOMEN;
    }
}
