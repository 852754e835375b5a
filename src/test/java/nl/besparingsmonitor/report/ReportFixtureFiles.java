package nl.besparingsmonitor.report;

import static nl.besparingsmonitor.support.TestWorkbook.row;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import nl.besparingsmonitor.support.TestWorkbook;

/**
 * The input workbooks of the report tests: Huizen with the budget lines of domain.md rule 8 and a
 * hostile measure name, GR Meerinzicht with a key over three members, Ermelo with its own measure
 * and target, and a Renkum file that is rejected.
 */
final class ReportFixtureFiles {

    static final LocalDate PEILDATUM = LocalDate.of(2024, 3, 1);
    static final String HOSTILE = "=HYPERLINK(\"http://x\",\"klik\")";

    private ReportFixtureFiles() {
    }

    static void writeAll(Path inbox) throws IOException {
        TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                .sheet("Maatregelen",
                        row("Nummer", "Naam", "Domein", "Status", "Categorie", "Type", "Startdatum"),
                        row("1", "Lumpsum begeleiding", "Wmo", "Aangenomen", "Maatwerk", "Structureel", LocalDate.of(2023, 1, 1)),
                        row("2", HOSTILE, "Jeugd", "Aangenomen", "@SUM(1)", "Incidenteel", null),
                        row("3", "Afgewezen voorstel", "Wmo", "Afgewezen", null, null, null),
                        row("4", "Ingetrokken voorstel", "Jeugd", "Ingetrokken", null, null, null))
                .sheet("Financieel",
                        row("Nummer", "Soort", 2023, 2024),
                        row("1", "Besparing", 100_000, 100_000),
                        row("1", "Kosten", 20_000, 20_000),
                        row("2", "Besparing", 50_000, "P.M."),
                        row("3", "Besparing", 40_000, 40_000),
                        row("4", "Besparing", 10_000, 10_000))
                .sheet("Taakstelling",
                        row("Domein", 2023, 2024),
                        row("Wmo", 170_000, 170_000))
                .write(inbox, "GM0406 Huizen - Voorstellen.xlsx");
        TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                .sheet("Realisatie",
                        row("Nummer", "Soort", "Stand", 2023, 2024),
                        row("1", "Besparing", "Gerealiseerd", 95_000, null),
                        row("1", "Kosten", "Gerealiseerd", 20_000, null),
                        row("1", "Besparing", "Verwacht", null, 120_000),
                        row("1", "Kosten", "Verwacht", null, 20_000),
                        row("2", "Besparing", "Gerealiseerd", 50_000, null))
                .sheet("Begroting",
                        row("Post", "Domein", "Soort", 2023),
                        row("Wmo begeleiding", "Wmo", "Begroting", 1_852_736),
                        row("Wmo begeleiding", "Wmo", "Realisatie", 1_637_358),
                        row("Jeugd begeleiding", "Jeugd", "Begroting", 1_885_030),
                        row("Jeugd begeleiding", "Jeugd", "Realisatie", 1_725_754))
                .write(inbox, "GM0406 Huizen - Realisatie.xlsx");
        TestWorkbook.withInfo("Verdeelsleutels", "GR Meerinzicht", "GR-MEERINZICHT", PEILDATUM)
                .sheet("Verdeelsleutels",
                        row("Sleutel", "Gemeente", "Code", "Aandeel"),
                        row("Vast", "Ermelo", "GM0233", "30%"),
                        row("Vast", "Harderwijk", "GM0243", "45,5%"),
                        row("Vast", "Zeewolde", "GM0050", "24,5%"))
                .sheet("Regio",
                        row("Regio", "Code", "Gemeente", "Gemeentecode"),
                        row("GR Meerinzicht", "GR-MEERINZICHT", "Ermelo", "GM0233"),
                        row("GR Meerinzicht", "GR-MEERINZICHT", "Harderwijk", "GM0243"),
                        row("GR Meerinzicht", "GR-MEERINZICHT", "Zeewolde", "GM0050"))
                .write(inbox, "GR Meerinzicht - Verdeelsleutels.xlsx");
        TestWorkbook.withInfo("Voorstellen", "GR Meerinzicht", "GR-MEERINZICHT", PEILDATUM)
                .sheet("Maatregelen",
                        row("Nummer", "Naam", "Domein", "Status", "Verdeelsleutel"),
                        row("1", "Toezicht", "Wmo", "Aangenomen", "Vast"),
                        row("2", "Innovatiebudget", "Jeugd", "Afgewezen", "Vast"))
                .sheet("Financieel",
                        row("Nummer", "Soort", 2023, 2024),
                        row("1", "Besparing", 200_000, 200_000),
                        row("1", "Kosten", 50_000, null),
                        row("2", "Kosten", 10_000, 10_000))
                .write(inbox, "GR Meerinzicht - Voorstellen.xlsx");
        TestWorkbook.withInfo("Voorstellen", "Gemeente Ermelo", "GM0233", PEILDATUM)
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "Eigen Ermelo", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2023, 2024), row("1", "Besparing", 30_000, 30_000))
                .sheet("Taakstelling", row("Domein", 2023), row("Wmo", 100_000))
                .write(inbox, "GM0233 Ermelo - Voorstellen.xlsx");
        TestWorkbook.withInfo("Voorstellen", "Gemeente Renkum", "GM0274", PEILDATUM)
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "Goed", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 100), row("1", "Besparing", "veel"))
                .write(inbox, "GM0274 Renkum - Voorstellen.xlsx");
    }
}
