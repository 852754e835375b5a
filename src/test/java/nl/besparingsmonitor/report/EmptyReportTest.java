package nl.besparingsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.besparingsmonitor.calculation.CalculationInput;
import nl.besparingsmonitor.calculation.SavingsCalculator;

/** A run in which nothing could be loaded still yields a complete report that says so. */
class EmptyReportTest {

    @TempDir
    Path dir;

    @Test
    void aRunWithoutFactsStillWritesEveryFixedSheetAndNamesTheRejectedFile() throws Exception {
        CalculationInput input = new CalculationInput(List.of(), List.of(), List.of(), Map.of(), 2028, new BigDecimal("0.025"));
        ReportContext full = ReportContexts.huizenAndRegion(0, 0);
        ReportContext context = new ReportContext(1, ReportContexts.RUN_TIME, input, new SavingsCalculator().calculate(input),
                full.files(), new BigDecimal("0.025"), null);

        Path report = ConsolidatedReportWriter.write(dir, context);

        // no facts, so no Peildatum: the report is named after the run date
        assertThat(report.getFileName().toString()).isEqualTo("consolidatie-"
                + java.time.LocalDate.ofInstant(ReportContexts.RUN_TIME, java.time.ZoneId.of("Europe/Amsterdam")) + ".xlsx");
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        try (OpenedReport opened = new OpenedReport(report)) {
            assertThat(opened.sheetNames()).containsExactly("Samenvatting", "Taakstelling", "Monitoring", "Maatregelen", "Begroting",
                    "Wijzigingen", "Grafieken", "Validatie", "Over dit rapport");
            assertThat(opened.row("Validatie", 0, "=cmd|' /C calc'!A0.xlsx").getCell(1).getStringCellValue())
                    .isEqualTo("afgewezen, niet geladen");
            assertThat(opened.row("Grafieken", 0, "Geen cijfers om te tonen.")).isNotNull();
            assertThat(opened.row("Begroting", 0, BudgetSheet.NO_BUDGET).getRowNum())
                    .isGreaterThan(opened.row("Begroting", 0, "Code").getRowNum());
            assertThat(opened.row("Taakstelling", 0, TargetSheet.NO_TARGETS).getRowNum())
                    .isGreaterThan(opened.row("Taakstelling", 0, "Code").getRowNum());
            assertThat(opened.row("Wijzigingen", 0, ChangesSheet.NO_PREVIOUS)).isNotNull();
            assertThat(opened.row("Over dit rapport", 0, "Programmaversie").getCell(1).getStringCellValue())
                    .isEqualTo("onbekend (ontwikkelversie)");
            assertThat(opened.row("Over dit rapport", 0, AboutSheet.NO_CURRENT_FILES)).isNotNull();
            // a tolerance set to 2.5% reads as a Dutch percentage
            assertThat(opened.row("Over dit rapport", 0, "Tolerantie monitoring").getCell(1).getStringCellValue())
                    .startsWith("2,5% ");
        }
    }
}
