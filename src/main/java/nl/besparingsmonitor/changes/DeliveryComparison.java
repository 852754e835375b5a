package nl.besparingsmonitor.changes;

import java.time.LocalDate;
import java.util.List;

import nl.besparingsmonitor.domain.WorkbookKind;

/**
 * The comparison of an organisation's previous and current delivery of one workbook kind.
 *
 * @param changes sorted by size of the change, largest first
 */
public record DeliveryComparison(String organisationCode, String organisationName, WorkbookKind kind,
                                 LocalDate oldPeildatum, LocalDate newPeildatum, String oldFile, String newFile,
                                 List<Change> changes) {

    public DeliveryComparison {
        changes = List.copyOf(changes);
    }
}
