package nl.besparingsmonitor.changes;

import java.math.BigDecimal;

/**
 * One difference between an organisation's previous and current delivery of a workbook kind.
 *
 * @param kind what changed, in Dutch: Besparing, Kosten, Taakstelling, Begroting, Realisatie,
 *             Prognose, Gerealiseerd, Verwacht, Maatregel for a measure as a whole, or
 *             Verdeelsleutel 'name' for a municipality's share in a key
 * @param subject the measure number, or the domain (targets), budget post or municipality code (keys)
 * @param year null for a measure as a whole
 * @param oldAmount null when there was none (added) or for status changes
 * @param newAmount null when there is none any more (removed) or for status changes
 * @param oldStatus for status changes and measures: the status label before, else null
 * @param newStatus for status changes and measures: the status label now, else null
 * @param incomplete an old or new amount includes an unknown (P.M.) part
 * @param share the amounts are a municipality's share in a distribution key, as a percentage
 *              (15.61 is 15.61%), not euros
 */
public record Change(String organisationCode, String kind, String subject, String subjectName, Integer year,
                     ChangeType change, BigDecimal oldAmount, BigDecimal newAmount, String oldStatus,
                     String newStatus, boolean incomplete, boolean share) {

    /** A change in euros. */
    public Change(String organisationCode, String kind, String subject, String subjectName, Integer year,
                  ChangeType change, BigDecimal oldAmount, BigDecimal newAmount, String oldStatus, String newStatus,
                  boolean incomplete) {
        this(organisationCode, kind, subject, subjectName, year, change, oldAmount, newAmount, oldStatus, newStatus,
                incomplete, false);
    }

    /** New minus old, counting a missing amount as nothing; null for status changes. */
    public BigDecimal difference() {
        if (oldAmount == null && newAmount == null) {
            return null;
        }
        BigDecimal o = oldAmount == null ? BigDecimal.ZERO : oldAmount;
        BigDecimal n = newAmount == null ? BigDecimal.ZERO : newAmount;
        return n.subtract(o);
    }

    /** How large the change is, for sorting: the absolute difference. */
    BigDecimal size() {
        BigDecimal d = difference();
        return d == null ? BigDecimal.ZERO : d.abs();
    }
}
