package nl.besparingsmonitor.ingest;

import java.util.List;

import nl.besparingsmonitor.domain.FinancialLine;
import nl.besparingsmonitor.domain.Measure;
import nl.besparingsmonitor.domain.Target;

/**
 * Normalised content of a {@code Voorstellen} workbook.
 *
 * @param horizonYear the last year column of the Financieel sheet: structural measures run to its end
 */
public record ProposalFacts(List<Measure> measures, List<FinancialLine> lines, List<Target> targets,
                            Integer horizonYear) implements WorkbookFacts {

    public ProposalFacts {
        measures = List.copyOf(measures);
        lines = List.copyOf(lines);
        targets = List.copyOf(targets);
    }
}
