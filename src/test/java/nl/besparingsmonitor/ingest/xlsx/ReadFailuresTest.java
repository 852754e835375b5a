package nl.besparingsmonitor.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

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
}
