package nl.besparingsmonitor.domain;

/** Realised or expected amount of a measure, kind and year, as a magnitude like {@link FinancialLine}. */
public record Realisation(
        String measureNumber, LineKind kind, Stand stand, String municipalityCode, int year, Amount amount) {
}
