package nl.besparingsmonitor.security;

import static nl.besparingsmonitor.security.Outcomes.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.besparingsmonitor.ingest.ParsedWorkbook;
import nl.besparingsmonitor.ingest.WorkbookParser;
import nl.besparingsmonitor.ingest.xlsx.ReadLimits;
import nl.besparingsmonitor.support.Packages;
import nl.besparingsmonitor.support.Workbooks;
import nl.besparingsmonitor.validation.ValidationIssue;

/**
 * XML attacks inside the package: no entity is ever declared, expanded or resolved, in any part,
 * and nothing connects to the network while a workbook is read.
 */
class XmlAttackTest {

    @TempDir
    Path dir;

    private final WorkbookParser parser = new WorkbookParser(ReadLimits.defaults());
    private LoopbackServer server;

    @BeforeEach
    void listen() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private Map<String, byte[]> validParts() throws IOException {
        return Packages.parts(Workbooks.huizenProposals(LocalDate.of(2025, 3, 1)).write(dir, "valid.xlsx"));
    }

    /** Puts a DOCTYPE right after the XML declaration of a part. */
    private static String withDoctype(String xml, String doctype) {
        int declEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, declEnd) + doctype + xml.substring(declEnd);
    }

    private static String sheetWithEntity(String xml, String entityDeclaration) {
        String root = xml.substring(xml.indexOf("<worksheet") + 1).split("[ >]")[0];
        return withDoctype(xml, "<!DOCTYPE " + root + " [" + entityDeclaration + "]>")
                .replace("<t>Lumpsum begeleiding</t>", "<t>&xxe;</t>")
                .replace("Lumpsum begeleiding", "&xxe;");
    }

    @Test
    void externalFileEntityIsNeverResolved() throws IOException {
        Map<String, byte[]> parts = validParts();
        String sst = "xl/sharedStrings.xml";
        Packages.put(parts, sst, withDoctype(Packages.text(parts, sst), "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                .replace("Lumpsum begeleiding", "&xxe;"));

        ParsedWorkbook parsed = parser.parse(Packages.write(dir.resolve("xxe-file.xlsx"), parts));

        rejectedWith(parsed, "XML met DOCTYPE", "sharedStrings.xml");
        assertThat(parsed.issues()).extracting(ValidationIssue::message).noneMatch(m -> m.contains("root:"));
    }

    @ParameterizedTest(name = "DOCTYPE with http entity in {0}")
    @ValueSource(strings = {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
            "xl/styles.xml", "xl/sharedStrings.xml", "SHEET", "docProps/core.xml"})
    void httpEntityInAnyPartIsNeverFetched(String part) throws Exception {
        Map<String, byte[]> parts = validParts();
        String name = "SHEET".equals(part) ? Packages.sheetPart(parts, "Maatregelen") : part;
        String xml = Packages.text(parts, name);
        String root = xml.substring(xml.indexOf('<', xml.startsWith("<?xml") ? xml.indexOf("?>") : 0) + 1).split("[ >/]")[0];
        Packages.put(parts, name, withDoctype(xml, "<!DOCTYPE " + root + " [<!ENTITY % remote SYSTEM \""
                + server.url("dtd") + "\"> %remote; <!ENTITY xxe SYSTEM \"" + server.url("entity") + "\">]>"));

        ParsedWorkbook parsed = parser.parse(Packages.write(dir.resolve("xxe-http.xlsx"), parts));

        rejectedWith(parsed, "XML met DOCTYPE", name);
        assertThat(server.connectionsAfter(200)).isZero();
    }

    @Test
    void doctypeHiddenBehindALongCommentIsStillRefusedByTheSheetReaderItself() throws Exception {
        Map<String, byte[]> parts = validParts();
        String sheet = Packages.sheetPart(parts, "Maatregelen");
        // The package check only looks at the first 64 KB of a part; the sheet parser must refuse on its own.
        String padding = "<!--" + "x".repeat(100_000) + "-->";
        Packages.put(parts, sheet, sheetWithEntity(Packages.text(parts, sheet),
                "<!ENTITY xxe SYSTEM \"" + server.url("sheet") + "\">").replaceFirst("<!DOCTYPE", padding + "<!DOCTYPE"));

        ParsedWorkbook parsed = parser.parse(Packages.write(dir.resolve("verstopt.xlsx"), parts));

        assertThat(parsed.accepted()).isFalse();
        assertThat(Outcomes.errors(parsed)).anySatisfy(i -> assertThat(i.message()).contains("DOCTYPE"));
        assertThat(server.connectionsAfter(200)).isZero();
    }

    @Test
    void billionLaughsIsRefusedAtOnce() throws IOException {
        Map<String, byte[]> parts = validParts();
        String sheet = Packages.sheetPart(parts, "Maatregelen");
        StringBuilder lol = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String prev = "&lol" + (i - 1) + ";";
            lol.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">");
        }
        lol.append("<!ENTITY xxe \"&lol9;\">");
        Packages.put(parts, sheet, sheetWithEntity(Packages.text(parts, sheet), lol.toString()));
        long start = System.nanoTime();

        ParsedWorkbook parsed = parser.parse(Packages.write(dir.resolve("lol.xlsx"), parts));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        rejectedWith(parsed, "XML met DOCTYPE", sheet);
    }

    @Test
    void externalLinksRemoteImagesAndDataConnectionsAreNeverFollowed() throws Exception {
        Map<String, byte[]> parts = validParts();
        String sheet = Packages.sheetPart(parts, "Financieel");
        String sheetFile = sheet.substring(sheet.lastIndexOf('/') + 1);
        // An external workbook link, used by a formula whose cached value (100000) is all we read.
        Packages.put(parts, "xl/externalLinks/externalLink1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<externalBook r:id=\"rId1\"><sheetNames><sheetName val=\"Blad1\"/></sheetNames></externalBook></externalLink>");
        Packages.put(parts, "xl/externalLinks/_rels/externalLink1.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath\" "
                + "Target=\"" + server.url("bron.xlsx") + "\" TargetMode=\"External\"/></Relationships>");
        // A web query data connection.
        Packages.put(parts, "xl/connections.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<connections xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<connection id=\"1\" name=\"web\" type=\"4\" refreshOnLoad=\"1\"><webPr url=\"" + server.url("query")
                + "\"/></connection></connections>");
        // Remote image and hyperlink relationships of the sheet.
        Packages.put(parts, "xl/worksheets/_rels/" + sheetFile + ".rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdImg\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
                + "Target=\"" + server.url("plaatje.png") + "\" TargetMode=\"External\"/>"
                + "<Relationship Id=\"rIdLink\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
                + "Target=\"" + server.url("link") + "\" TargetMode=\"External\"/></Relationships>");
        String wbRels = Packages.text(parts, "xl/_rels/workbook.xml.rels").replace("</Relationships>",
                "<Relationship Id=\"rIdExt1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink\" "
                        + "Target=\"externalLinks/externalLink1.xml\"/>"
                        + "<Relationship Id=\"rIdConn\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/connections\" "
                        + "Target=\"connections.xml\"/></Relationships>");
        Packages.put(parts, "xl/_rels/workbook.xml.rels", wbRels);
        Packages.put(parts, "xl/workbook.xml", Packages.text(parts, "xl/workbook.xml").replace("</sheets>",
                "</sheets><externalReferences><externalReference r:id=\"rIdExt1\"/></externalReferences>"));
        Packages.put(parts, "[Content_Types].xml", Packages.text(parts, "[Content_Types].xml").replace("</Types>",
                "<Override PartName=\"/xl/externalLinks/externalLink1.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml\"/>"
                        + "<Override PartName=\"/xl/connections.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml\"/></Types>"));
        String xml = Packages.text(parts, sheet);
        String withFormula = xml.replaceFirst("(<c r=\"D2\"[^>]*>)(<v>)", "$1<f>[1]Blad1!A1</f>$2");
        assertThat(withFormula).isNotEqualTo(xml);
        Packages.put(parts, sheet, withFormula);

        ParsedWorkbook parsed = parser.parse(Packages.write(dir.resolve("koppelingen.xlsx"), parts));

        assertThat(Outcomes.errors(parsed)).isEmpty();
        assertThat(parsed.accepted()).isTrue();
        assertThat(parsed.issues()).extracting(ValidationIssue::rule).contains("Externe koppelingen genegeerd");
        assertThat(((nl.besparingsmonitor.ingest.ProposalFacts) parsed.facts()).lines())
                .anySatisfy(l -> {
                    assertThat(l.measureNumber()).isEqualTo("1");
                    assertThat(l.year()).isEqualTo(2024);
                    assertThat(l.amount().value()).isEqualByComparingTo("100000");
                });
        assertThat(server.connectionsAfter(300)).isZero();
    }
}
