package nl.besparingsmonitor.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.besparingsmonitor.domain.Organisation;
import nl.besparingsmonitor.domain.SignConvention;
import nl.besparingsmonitor.domain.WorkbookKind;

/**
 * The {@code Info} sheet: what the workbook is and how its amounts are written.
 *
 * @param peildatum null only in a rejected workbook, whose Peildatum was missing or not a valid day
 * @param unitFactor 1 for {@code euro}, 1000 for {@code x 1.000 euro}
 */
public record WorkbookInfo(WorkbookKind kind, Organisation organisation, LocalDate peildatum,
                           BigDecimal unitFactor, SignConvention convention) {
}
