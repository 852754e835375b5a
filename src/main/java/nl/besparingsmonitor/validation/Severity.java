package nl.besparingsmonitor.validation;

/** An error rejects the whole file; a warning is reported but the file is loaded. */
public enum Severity {
    ERROR("fout"),
    WARNING("waarschuwing");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
