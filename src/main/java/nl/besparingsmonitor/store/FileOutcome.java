package nl.besparingsmonitor.store;

/** What became of a received file. */
public enum FileOutcome {
    ACCEPTED("accepted"),
    REJECTED("rejected"),
    SKIPPED("skipped");

    private final String json;

    FileOutcome(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
