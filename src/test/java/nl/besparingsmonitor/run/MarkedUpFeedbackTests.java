package nl.besparingsmonitor.run;

import static nl.besparingsmonitor.support.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;

import nl.besparingsmonitor.support.ConsolidationRuns;
import nl.besparingsmonitor.support.JobTest;
import nl.besparingsmonitor.support.TestWorkbook;

/** The sender's own workbook comes back with exactly the problem cells marked; the original is untouched. */
@JobTest
class MarkedUpFeedbackTests {

    @Autowired
    JobOperator jobOperator;

    @Autowired
    Job consolidationJob;

    @TempDir
    Path root;

    private void run(Path inbox) throws Exception {
        assertThat(new ConsolidationRuns(jobOperator, consolidationJob, root).run(inbox).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void aRejectedFileComesBackWithCommentsAndRedFillOnExactlyTheBadCells() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path original = TestWorkbook.withInfo("Voorstellen", "Gemeente Renkum", "GM0274", LocalDate.of(2025, 1, 31))
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"),
                        row("1", "Goed", "Wmo", "Aangenomen"),
                        row("2", "=HYPERLINK(\"http://x\",\"klik\")", "Sport", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025, 2026),
                        row("1", "Besparing", "veel", 100),
                        row("2", "Besparing", 5, "P.M."),
                        row("1", "Winst", 1, 1))
                .write(inbox, "Renkum voorstellen.xlsx");
        byte[] before = Files.readAllBytes(original);

        run(inbox);

        assertThat(Files.readAllBytes(original)).isEqualTo(before);
        Path marked = root.resolve("rejected/Renkum voorstellen.xlsx.gemarkeerd.xlsx");
        assertThat(marked).exists();
        assertThat(root.resolve("rejected/Renkum voorstellen.xlsx.feedback.xlsx")).exists();
        try (XSSFWorkbook feedback = new XSSFWorkbook(OPCPackage.open(
                root.resolve("rejected/Renkum voorstellen.xlsx.feedback.xlsx").toFile(), PackageAccess.READ))) {
            assertThat(severities(feedback.getSheet("Terugkoppeling"))).containsExactly("fout", "fout", "fout", "waarschuwing");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(OPCPackage.open(marked.toFile(), PackageAccess.READ))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Terugkoppeling");
            assertThat(markedCells(wb.getSheet("Maatregelen"))).containsExactlyInAnyOrder("C3");
            assertThat(markedCells(wb.getSheet("Financieel"))).containsExactlyInAnyOrder("C2", "D3", "B4");
            Cell bad = wb.getSheet("Financieel").getRow(1).getCell(2);
            assertThat(bad.getStringCellValue()).isEqualTo("veel");
            assertThat(bad.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(bad.getCellStyle().getFillForegroundColor()).isEqualTo(org.apache.poi.ss.usermodel.IndexedColors.RED.getIndex());
            assertThat(bad.getCellComment().getString().getString()).contains("Ongeldig bedrag").contains("veel");
            Cell warning = wb.getSheet("Financieel").getRow(2).getCell(3);
            assertThat(warning.getCellStyle().getFillForegroundColor())
                    .isEqualTo(org.apache.poi.ss.usermodel.IndexedColors.LIGHT_ORANGE.getIndex());
            // the list links to every cell
            Sheet list = wb.getSheet("Terugkoppeling");
            Set<String> links = new HashSet<>();
            for (Row r : list) {
                Cell c = r.getCell(2);
                if (c != null && c.getHyperlink() != null) {
                    links.add(c.getHyperlink().getAddress());
                }
            }
            assertThat(links).contains("'Financieel'!C2", "'Maatregelen'!C3", "'Financieel'!B4");
            // errors before the warning, though the P.M. in D3 comes before B4's error in the sheet
            assertThat(severities(list)).containsExactly("fout", "fout", "fout", "waarschuwing");
            // the sender's hostile name is still plain text in the copy
            assertThat(wb.getSheet("Maatregelen").getRow(2).getCell(1).getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        }
    }

    @Test
    void anAcceptedFileWithWarningsGetsAMarkedCopyAndAFileThatIsNoWorkbookOnlyFeedback() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", LocalDate.of(2025, 1, 31))
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "Goed", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", "ntb"))
                .write(inbox, "huizen.xlsx");
        Files.writeString(inbox.resolve("lijst.xlsx"), "Nummer;Naam");

        run(inbox);

        Path feedbackFolder = root.resolve("output/terugkoppeling");
        assertThat(feedbackFolder.resolve("huizen.xlsx.gemarkeerd.xlsx")).exists();
        assertThat(feedbackFolder.resolve("huizen.xlsx.feedback.xlsx")).exists();
        try (XSSFWorkbook wb = new XSSFWorkbook(OPCPackage.open(feedbackFolder.resolve("huizen.xlsx.gemarkeerd.xlsx").toFile(), PackageAccess.READ))) {
            assertThat(markedCells(wb.getSheet("Financieel"))).containsExactly("C2");
        }
        assertThat(root.resolve("rejected/lijst.xlsx.feedback.xlsx")).exists();
        assertThat(root.resolve("rejected/lijst.xlsx.gemarkeerd.xlsx")).doesNotExist();
        try (XSSFWorkbook wb = new XSSFWorkbook(OPCPackage.open(root.resolve("rejected/lijst.xlsx.feedback.xlsx").toFile(), PackageAccess.READ))) {
            boolean said = false;
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && c.getStringCellValue().contains("geen gemarkeerde kopie")) {
                        said = true;
                    }
                }
            }
            assertThat(said).as("feedback says why there is no marked copy").isTrue();
        }
    }

    @Test
    void warningsThatNameNoCellGetTheFeedbackWorkbookAloneAndNoEarlierMarkedCopyStays() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path feedbackFolder = root.resolve("output/terugkoppeling");
        TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", LocalDate.of(2025, 3, 1))
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "Goed", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", "ntb"))
                .write(inbox, "huizen.xlsx");
        run(inbox);
        assertThat(feedbackFolder.resolve("huizen.xlsx.gemarkeerd.xlsx")).exists();
        // the same Peildatum again with the amount filled in: warned on the Info sheet, at no cell
        TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", LocalDate.of(2025, 3, 1))
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "Goed", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 100))
                .write(inbox, "huizen.xlsx");

        run(inbox);

        Path feedback = feedbackFolder.resolve("huizen.xlsx.feedback.xlsx");
        assertThat(feedback).exists();
        assertThat(feedbackFolder.resolve("huizen.xlsx.gemarkeerd.xlsx")).doesNotExist();
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(OPCPackage.open(feedback.toFile(), PackageAccess.READ))) {
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        texts.add(c.getStringCellValue());
                    }
                }
            }
        }
        assertThat(texts).anyMatch(t -> t.contains("Er was al een versie met peildatum 1-3-2025"))
                .anyMatch(t -> t.contains("geen van de meldingen hieronder betreft een cel"));
    }

    private static Set<String> markedCells(Sheet sheet) {
        Set<String> refs = new HashSet<>();
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellComment() != null || c.getCellStyle().getFillPattern() == FillPatternType.SOLID_FOREGROUND) {
                    refs.add(c.getAddress().formatAsString());
                }
            }
        }
        return refs;
    }

    /** The Ernst column below the problem list's header. */
    private static java.util.List<String> severities(Sheet list) {
        java.util.List<String> found = new java.util.ArrayList<>();
        boolean below = false;
        for (Row r : list) {
            Cell first = r.getCell(0);
            String text = first == null ? "" : first.getStringCellValue();
            if (below && !text.isEmpty()) {
                found.add(text);
            }
            below |= text.equals("Ernst");
        }
        return found;
    }
}
