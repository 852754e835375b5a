package nl.besparingsmonitor.security;

import static nl.besparingsmonitor.support.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import nl.besparingsmonitor.excel.InertText;
import nl.besparingsmonitor.ingest.ParsedWorkbook;
import nl.besparingsmonitor.ingest.WorkbookParser;
import nl.besparingsmonitor.ingest.xlsx.ReadLimits;
import nl.besparingsmonitor.support.TestWorkbook;
import nl.besparingsmonitor.support.Workbooks;
import nl.besparingsmonitor.validation.FeedbackWorkbook;

/**
 * Text from input that looks like a formula reaches the feedback workbooks and the consolidated
 * report only as inert text: a string cell, quote-prefixed when it starts with = + - @ tab or CR.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:inject-${random.uuid};hsqldb.tx=mvcc",
        "monitor.mode=test", "monitor.inbox=target/unused", "monitor.output=target/unused"})
@Import(JobRunner.class)
class FormulaInjectionTest {

    static final List<String> PAYLOADS = List.of("=HYPERLINK(\"http://127.0.0.1:9/x\",\"klik\")", "=cmd|' /C calc'!A0",
            "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "\uFF1D1+1");

    @Autowired
    JobRunner runner;

    @TempDir
    Path dir;

    /** Every cell of every sheet: no formula mentions input text, and every risky text is a quote-prefixed string. */
    static void assertInert(Path workbook, List<String> mustAppear) throws Exception {
        List<String> seen = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(OPCPackage.open(workbook.toFile(), PackageAccess.READ))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertThat(cell.getCellFormula()).as("formula in %s", cell.getAddress())
                                    .doesNotContainIgnoringCase("cmd").doesNotContainIgnoringCase("HYPERLINK");
                            continue;
                        }
                        if (cell.getCellType() != CellType.STRING) {
                            continue;
                        }
                        String text = cell.getStringCellValue();
                        if (InertText.isRisky(text)) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix of %s in %s", text,
                                    cell.getAddress()).isTrue();
                        }
                        seen.add(text);
                    }
                }
            }
        }
        for (String payload : mustAppear) {
            assertThat(seen).as("payload %s written as text", payload).anyMatch(t -> t.contains(payload.trim()));
        }
    }

    @Test
    void riskyTextIsQuotePrefixedAndSafeTextIsNot() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            Row row = wb.createSheet("x").createRow(0);
            for (int i = 0; i < PAYLOADS.size(); i++) {
                Cell cell = row.createCell(i);
                InertText.set(cell, PAYLOADS.get(i), quoted);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(PAYLOADS.get(i)).isTrue();
            }
            Cell plain = row.createCell(20);
            InertText.set(plain, "Gemeente Huizen", quoted);
            assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void payloadsInARejectedFileReachItsFeedbackOnlyAsText() throws Exception {
        TestWorkbook wb = TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", LocalDate.of(2025, 3, 1))
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"));
        Object[][] rows = new Object[PAYLOADS.size() + 1][];
        rows[0] = row("Nummer", "Naam", "Domein", "Status");
        for (int i = 0; i < PAYLOADS.size(); i++) {
            // An invalid Domein and Status echo the payload into the feedback's value and message columns.
            rows[i + 1] = row(String.valueOf(i + 1), PAYLOADS.get(i), PAYLOADS.get(i), PAYLOADS.get(i));
        }
        wb.sheet("Maatregelen", rows).sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 10));
        ParsedWorkbook parsed = new WorkbookParser(ReadLimits.defaults()).parse(wb.write(dir, "=cmd|' calc'!A0.xlsx"));
        assertThat(parsed.accepted()).isFalse();

        Path feedback = FeedbackWorkbook.write(dir.resolve("rejected"), "=cmd|' calc'!A0.xlsx", true, parsed.issues());

        assertInert(feedback, PAYLOADS.subList(0, 5));
    }

    @Test
    void payloadsInAnAcceptedFileReachTheReportOnlyAsText() throws Exception {
        JobRunner.Folders folders = JobRunner.Folders.under(dir);
        // An extra column named like a formula gives a warning that the report's message sheet shows.
        TestWorkbook.withInfo("Voorstellen", "Gemeente Renkum", "GM0274", LocalDate.of(2025, 3, 1))
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status", PAYLOADS.get(1)),
                        row("1", PAYLOADS.get(0), "Wmo", "Aangenomen", "x"))
                .sheet("Financieel", row("Nummer", "Soort", "Post", 2025, PAYLOADS.get(0)),
                        row("1", "Besparing", PAYLOADS.get(4), 10, "y"))
                .write(folders.inbox(), "=HYPERLINK(1).xlsx");
        Workbooks.huizenProposals(LocalDate.of(2025, 3, 1)).write(folders.inbox(), "huizen.xlsx");

        assertThat(runner.run(folders).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<Path> reports;
        try (var files = Files.list(folders.output())) {
            reports = files.filter(p -> p.getFileName().toString().endsWith(".xlsx")).toList();
        }
        assertThat(reports).isNotEmpty();
        for (Path report : reports) {
            assertInert(report, List.of("=HYPERLINK(1).xlsx"));
        }
    }
}
