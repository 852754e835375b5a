package nl.besparingsmonitor.security;

import static nl.besparingsmonitor.security.Outcomes.rejectedWith;
import static nl.besparingsmonitor.support.TestWorkbook.row;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.besparingsmonitor.ingest.WorkbookParser;
import nl.besparingsmonitor.ingest.xlsx.ReadLimits;
import nl.besparingsmonitor.support.TestWorkbook;

/**
 * One test per defect the fuzzer found, on the smallest workbook that shows it. The job-level
 * counterparts in {@link FuzzRegressionJobTest} prove the run itself survives.
 */
class FuzzRegressionTest {

    static final LocalDate PEILDATUM = LocalDate.of(2025, 3, 1);

    @TempDir
    Path dir;

    private final WorkbookParser parser = new WorkbookParser(ReadLimits.defaults());

    /** Fuzz seed 4952641395571+: an Organisatie of 5,000 characters failed the run on the store's VARCHAR(1000). */
    static TestWorkbook organisationNameLongerThanStored() {
        return TestWorkbook.withInfo("Voorstellen", "Gemeente " + "x".repeat(5_000), "GM0406", PEILDATUM)
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "A", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 10));
    }

    /** Same family: a measure Nummer of 1,001 characters overflowed VARCHAR(200). */
    static TestWorkbook measureNumberLongerThanStored() {
        String number = "7".repeat(1_001);
        return TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row(number, "A", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row(number, "Besparing", 10));
    }

    /** Fuzz seeds 5040688563899+ and 5137411622357+: a target of 1E20 failed the run on NUMERIC(24,6). */
    static TestWorkbook amountBeyondTheStoresRange() {
        return TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "A", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 10))
                .sheet("Taakstelling", row("Domein", 2025), row("Wmo", 1e20));
    }

    /** Fuzz seed 5082542377719: 1E20 inhabitants threw ArithmeticException (longValueExact). */
    static TestWorkbook inhabitantsBeyondALong() {
        return TestWorkbook.withInfo("Verdeelsleutels", "GR Meerinzicht", "GR-MEERINZICHT", PEILDATUM)
                .sheet("Verdeelsleutels", row("Sleutel", "Gemeente", "Code", "Inwoners"),
                        row("Inwoners", "Ermelo", "GM0233", 1e20), row("Inwoners", "Harderwijk", "GM0243", 48_000));
    }

    /** Fuzz seed 5514326737014: a Peildatum of only spaces rejected the file without any message. */
    @Test
    void peildatumOfOnlySpacesIsReportedAsMissing() throws IOException {
        TestWorkbook wb = TestWorkbook.create()
                .sheet("Info", row("Soort bestand", "Voorstellen"), row("Organisatie", "Gemeente Huizen"),
                        row("Code", "GM0406"), row("Peildatum", "   "))
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "A", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 10));

        rejectedWith(parser.parse(wb.write(dir, "peildatum.xlsx")), "Verplichte waarde", "Peildatum");
    }

    /** Found while fixing the case above: a booking whose Datum or Bedrag held only spaces was dropped silently. */
    @Test
    void bookingWithADateOrAmountOfOnlySpacesIsReportedNotDropped() throws IOException {
        TestWorkbook wb = TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                .sheet("Boekingen", row("Datum", "Nummer", "Soort", "Bedrag"),
                        row(LocalDate.of(2024, 1, 5), "1", "Besparing", 300),
                        row("  ", "1", "Besparing", 100),
                        row(LocalDate.of(2024, 1, 6), "1", "Besparing", "  "));

        var parsed = parser.parse(wb.write(dir, "boekingen.xlsx"));

        rejectedWith(parsed, "Verplichte waarde");
        org.assertj.core.api.Assertions.assertThat(Outcomes.errors(parsed)).extracting(i -> i.cell())
                .contains("A3", "D4");
    }

    @Test
    void organisationNameLongerThanItsStoredLengthIsRejectedNamingTheLimit() throws IOException {
        rejectedWith(parser.parse(organisationNameLongerThanStored().write(dir, "lang.xlsx")), "Te lange waarde",
                "Organisatie", "5009 tekens", "1000 tekens");
    }

    @Test
    void measureNumberLongerThanItsStoredLengthIsRejectedNamingTheLimit() throws IOException {
        rejectedWith(parser.parse(measureNumberLongerThanStored().write(dir, "nummer.xlsx")), "Te lange waarde",
                "A2", "Nummer", "1001 tekens", "200 tekens");
    }

    @Test
    void amountBeyondAHundredBillionEuroIsRejected() throws IOException {
        rejectedWith(parser.parse(amountBeyondTheStoresRange().write(dir, "bedrag.xlsx")), "Bedrag te groot", "B2",
                "100 miljard");
    }

    @Test
    void inhabitantsBeyondAnyPopulationAreRejectedNotThrown() throws IOException {
        rejectedWith(parser.parse(inhabitantsBeyondALong().write(dir, "inwoners.xlsx")), "Ongeldig aantal inwoners", "D2");
    }
}
