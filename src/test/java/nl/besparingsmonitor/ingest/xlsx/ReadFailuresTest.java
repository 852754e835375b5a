package nl.besparingsmonitor.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

class ReadFailuresTest {

    @Test
    void ourOwnExceptionIsFoundInsideWhatTheParserWrappedAroundIt() {
        WorkbookReadException ours = new WorkbookReadException("Limiet uitpakverhouding", "Het onderdeel 'x' pakt te groot uit.");
        SAXException wrapped = new SAXException(new RuntimeException(ours));

        assertThat(ReadFailures.readException(wrapped)).isSameAs(ours);
        assertThat(ReadFailures.readException(new SAXException("kapot"))).isNull();
    }

    @Test
    void aLibrarysExceptionBecomesAShortDutchExplanation() {
        assertThat(ReadFailures.dutch(new EOFException("Truncated ZIP entry: xl/worksheets/sheet1.xml")))
                .isEqualTo("het bestand is beschadigd of onvolledig (zip-structuur ongeldig).");
        assertThat(ReadFailures.dutch(new OutOfMemoryError("Java heap space"))).isEqualTo("het bestand vraagt te veel geheugen.");
        assertThat(ReadFailures.dutch(new IllegalStateException("iets onbekends")))
                .isEqualTo("het bestand is beschadigd of heeft een onbekende opbouw.");
    }

    @Test
    void invalidXmlIsCalledInvalidXmlWithItsPlaceNotDuplicatePartsOfThePackage() {
        // A cell with its type given twice, as a hand edit of the sheet XML can leave it.
        String sheet = "<worksheet><sheetData><row r=\"5\"><c r=\"A5\" t=\"s\" t=\"inlineStr\"/></row></sheetData></worksheet>";
        SAXException failure = null;
        try {
            SecureXml.parse(new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)), new DefaultHandler());
        } catch (Exception e) {
            failure = (SAXException) e;
        }

        assertThat(failure).as("the parser refuses a repeated attribute").isNotNull();
        assertThat(ReadFailures.dutch(failure))
                .startsWith("de XML in het bestand is ongeldig (regel 1, kolom ")
                .doesNotContain("dubbele onderdelen");
    }
}
