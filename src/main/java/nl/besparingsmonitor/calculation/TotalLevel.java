package nl.besparingsmonitor.calculation;

/** Which dimensions a {@link Total} is broken down by; the others are summed over (and null in the row). */
public enum TotalLevel {
    /** Organisation, measure and year (the measure's domain is filled in for convenience). */
    ORGANISATION_MEASURE_YEAR,
    /** Organisation, domain and year. */
    ORGANISATION_DOMAIN_YEAR,
    /** Organisation and year. */
    ORGANISATION_YEAR,
    /** Organisation over all years. */
    ORGANISATION,
    /** Municipality and year across all organisations: its own measures plus its shares of regional ones. */
    MUNICIPALITY_YEAR,
    /** All organisations in one year. */
    YEAR,
    /** All organisations over all years. */
    GRAND_TOTAL
}
