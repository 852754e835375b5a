package nl.besparingsmonitor.calculation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects warnings of one run; the same warning is reported once. */
final class Warnings {

    private final Set<CalculationWarning> warnings = new LinkedHashSet<>();

    void add(String organisationCode, String measureNumber, String message) {
        warnings.add(new CalculationWarning(organisationCode, measureNumber, message));
    }

    List<CalculationWarning> list() {
        return new ArrayList<>(warnings);
    }
}
