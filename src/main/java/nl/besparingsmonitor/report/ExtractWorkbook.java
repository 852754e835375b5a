package nl.besparingsmonitor.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One municipality's extract, written from the report template with the consolidated report's own
 * sheet writers and styles over a {@link MunicipalityScope narrowed} context: the municipality sheet
 * (own measures, share of every regional measure with key and share, target, coverage and status, and a
 * chart of target and plan per year), the coverage of its own targets per domain when it sets targets,
 * Maatregelen and Monitoring for this municipality, and 'Over dit rapport'.
 */
final class ExtractWorkbook {

    /**
     * Template sheets an extract does not have: they are about all organisations of the run. Taakstelling
     * stays for a municipality that sets its own targets and is removed from the others' extracts.
     */
    private static final List<String> NOT_IN_EXTRACT = List.of(ReportLayout.SAMENVATTING, ReportLayout.BEGROTING,
            ReportLayout.WIJZIGINGEN, ReportLayout.GRAFIEKEN, ReportLayout.VALIDATIE);

    private final byte[] template;
    private final ReportModel model;
    private final String code;
    private final String title;
    private final String reportFile;
    private final KeyShares keyShares;

    /**
     * @param template from {@link #template()}, shared by all extracts of a run
     * @param title code and name, as in the file name: {@code GM0406 Huizen}
     * @param reportFile the consolidated report this extract belongs to
     */
    ExtractWorkbook(byte[] template, ReportModel model, String code, String title, String reportFile,
                    KeyShares keyShares) {
        this.template = template;
        this.model = model;
        this.code = code;
        this.title = title;
        this.reportFile = reportFile;
        this.keyShares = keyShares;
    }

    /** The report template without the sheets an extract does not have, read once per run. */
    static byte[] template() throws IOException {
        return ReportTemplate.without(NOT_IN_EXTRACT);
    }

    void write(Path file) throws IOException {
        XSSFWorkbook template = ReportTemplate.open(this.template);
        ReportStyles styles;
        MunicipalitySheets municipality = MunicipalitySheets.forExtract(model, keyShares, code);
        boolean targets = !model.result().targetCoverages().isEmpty();
        try {
            styles = ReportStyles.takeFrom(template);
            municipality.prepare(template, styles);
            String sheet = municipality.sheetNames().get(code);
            template.setSheetOrder(sheet, 0);
            if (targets) {
                template.setSheetOrder(ReportLayout.TAAKSTELLING, 1);
                explain(template.getSheet(ReportLayout.TAAKSTELLING), "Taakstelling " + title,
                        "Per domein en jaar: de eigen taakstelling naast de geplande netto besparing van de eigen "
                                + "aangenomen maatregelen in dat domein, het tekort (taakstelling - gepland) en de dekking. "
                                + "Het aandeel in regionale maatregelen telt hier niet mee; het eerste blad telt het wel "
                                + "mee. Een tekort is rood, negatief is meer gepland dan de taakstelling.");
                PageSetup.apply(template.getSheet(ReportLayout.TAAKSTELLING), 3);
            } else {
                template.removeSheetAt(template.getSheetIndex(ReportLayout.TAAKSTELLING));
            }
            template.setSheetOrder(ReportLayout.MAATREGELEN, targets ? 2 : 1);
            explain(template.getSheet(ReportLayout.MAATREGELEN), "Maatregelen " + title,
                    "Eigen maatregelen en het aandeel in regionale maatregelen (na verdeling met de verdeelsleutel): "
                            + "besparing, kosten en netto effect per jaar. Alleen aangenomen maatregelen tellen mee; "
                            + "de overige staan in een apart blok onderaan.");
            explain(template.getSheet(ReportLayout.MONITORING), "Monitoring " + title,
                    "Gepland versus gerealiseerd en verwacht netto effect van de eigen maatregelen en het aandeel in "
                            + "regionale maatregelen (verdeeld zoals gepland). Afwijking = gerealiseerd (of verwacht) "
                            + "- gepland.");
            explain(template.getSheet(ReportLayout.OVER), "Over dit uittreksel",
                    "Uittreksel voor " + title + " uit het geconsolideerde rapport " + reportFile
                            + ", met dezelfde cijfers. Hoe het tot stand kwam en hoe u het leest.");
            AboutSheet.write(template.getSheet(ReportLayout.OVER), model, styles, template);
            PageSetup.apply(template.getSheet(sheet), 3);
            PageSetup.apply(template.getSheet(ReportLayout.MAATREGELEN), 4);
            PageSetup.apply(template.getSheet(ReportLayout.MONITORING), 4);
            template.setActiveSheet(0);
            template.setSelectedTab(0);
        } catch (RuntimeException e) {
            template.close();
            throw e;
        }
        StreamedWorkbook.write(template, file, wb -> {
            municipality.write(wb, styles);
            if (targets) {
                TargetSheet.write(StreamedWorkbook.writer(wb, ReportLayout.TAAKSTELLING, styles), model, wb);
            }
            new MeasuresSheet(model).write(StreamedWorkbook.writer(wb, ReportLayout.MAATREGELEN, styles), wb);
            MonitoringSheet.write(StreamedWorkbook.writer(wb, ReportLayout.MONITORING, styles), model, wb);
        });
    }

    /** Replaces the template's title (row 1) and explanation (row 2), keeping their style. */
    private static void explain(Sheet sheet, String title, String explanation) {
        text(sheet, 0, title);
        text(sheet, 1, explanation);
    }

    private static void text(Sheet sheet, int row, String text) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.getCell(0) == null ? r.createCell(0) : r.getCell(0);
        cell.setCellValue(text);
    }
}
