package nl.besparingsmonitor.changes;

import java.time.LocalDate;
import java.util.List;

import nl.besparingsmonitor.domain.BookingTotal;
import nl.besparingsmonitor.domain.BudgetLine;
import nl.besparingsmonitor.domain.DistributionKey;
import nl.besparingsmonitor.domain.FinancialLine;
import nl.besparingsmonitor.domain.Measure;
import nl.besparingsmonitor.domain.Organisation;
import nl.besparingsmonitor.domain.Realisation;
import nl.besparingsmonitor.domain.Target;
import nl.besparingsmonitor.domain.WorkbookKind;

/** The facts of one stored version of a workbook (lists the kind does not have are empty). */
public record DeliveryVersion(Organisation organisation, WorkbookKind kind, LocalDate peildatum, String fileName,
                              List<Measure> measures, List<FinancialLine> lines, List<Target> targets,
                              Integer horizonYear, List<Realisation> realisations, List<BudgetLine> budgetLines,
                              List<BookingTotal> bookingTotals, List<DistributionKey> keys) {
}
