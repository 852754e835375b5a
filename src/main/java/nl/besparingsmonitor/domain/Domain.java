package nl.besparingsmonitor.domain;

import java.util.Optional;

/** Policy domain of the social-domain budget a measure or target belongs to. */
public enum Domain {
    WMO("Wmo"),
    JEUGD("Jeugd"),
    PARTICIPATIE("Participatie"),
    VOORVELD("Voorveld"),
    TOEGANG("Toegang"),
    BESCHERMD_WONEN("Beschermd wonen"),
    WMO_VERVOER("Wmo-vervoer"),
    OVERIG("Overig");

    private final String label;

    Domain(String label) {
        this.label = label;
    }

    /** The Dutch name as users write it and reports show it. */
    public String label() {
        return label;
    }

    public static Optional<Domain> fromLabel(String label) {
        for (Domain d : values()) {
            if (d.label.equalsIgnoreCase(label)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
