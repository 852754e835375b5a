package nl.besparingsmonitor.domain;

/** Savings target (taakstelling) imposed per domain and year. */
public record Target(Domain domain, int year, Amount amount) {
}
