package nl.besparingsmonitor.security;

import static nl.besparingsmonitor.security.Outcomes.acceptedWithoutErrors;
import static nl.besparingsmonitor.security.Outcomes.rejectedWith;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.besparingsmonitor.ingest.WorkbookParser;
import nl.besparingsmonitor.ingest.xlsx.ReadLimits;
import nl.besparingsmonitor.support.Workbooks;

/** xl/workbook.xml and its relationships, which say which sheets there are and where each one is. */
class WorkbookStructureTest {

    private static final String WORKBOOK = "xl/workbook.xml";

    @TempDir
    Path dir;

    private final WorkbookParser parser = new WorkbookParser(ReadLimits.defaults());

    private Map<String, byte[]> validParts() throws IOException {
        return Packages.parts(Workbooks.huizenProposals(LocalDate.of(2025, 3, 1)).write(dir, "valid.xlsx"));
    }

    @Test
    void theUntouchedPackageIsAccepted() throws IOException {
        acceptedWithoutErrors(parser.parse(Packages.write(dir.resolve("zelfde.xlsx"), validParts())));
    }

    @Test
    void twoSheetsWhoseNamesDifferOnlyInCaseAreRefused() throws IOException {
        Map<String, byte[]> parts = validParts();
        Packages.put(parts, WORKBOOK, Packages.text(parts, WORKBOOK).replace("name=\"Financieel\"", "name=\"MAATREGELEN\""));

        rejectedWith(parser.parse(Packages.write(dir.resolve("dubbel.xlsx"), parts)), "Dubbele bladnaam", "MAATREGELEN");
    }

    @Test
    void aSheetPointingAtARelationshipThatDoesNotExistIsRefusedNamingTheSheet() throws IOException {
        Map<String, byte[]> parts = validParts();
        String workbook = Packages.text(parts, WORKBOOK);
        String financieel = workbook.substring(workbook.indexOf("<sheet name=\"Financieel\""));
        String id = financieel.replaceFirst("(?s).*?r:id=\"([^\"]+)\".*", "$1");
        Packages.put(parts, WORKBOOK, workbook.replace("r:id=\"" + id + "\"", "r:id=\"rIdBestaatNiet\""));

        rejectedWith(parser.parse(Packages.write(dir.resolve("zoek.xlsx"), parts)), "Onleesbaar bestand", "Financieel", "ontbreekt");
    }

    @Test
    void aWorkbookPartWithADoctypeIsRefused() throws IOException {
        Map<String, byte[]> parts = validParts();
        String workbook = Packages.text(parts, WORKBOOK);
        int root = workbook.indexOf("<workbook");
        Packages.put(parts, WORKBOOK, workbook.substring(0, root) + "<!DOCTYPE workbook [<!ENTITY x \"y\">]>" + workbook.substring(root));

        rejectedWith(parser.parse(Packages.write(dir.resolve("doctype.xlsx"), parts)), "XML met DOCTYPE");
    }
}
