package nl.besparingsmonitor.changes;

/** What kind of difference between two deliveries a {@link Change} is. */
public enum ChangeType {
    ADDED("added", "nieuw"),
    REMOVED("removed", "vervallen"),
    AMOUNT("amount", "bedrag gewijzigd"),
    STATUS("status", "status gewijzigd");

    private final String json;
    private final String label;

    ChangeType(String json, String label) {
        this.json = json;
        this.label = label;
    }

    public String json() {
        return json;
    }

    /** Dutch label for reports. */
    public String label() {
        return label;
    }
}
