package nl.besparingsmonitor.support;

import static nl.besparingsmonitor.support.TestWorkbook.row;

import java.time.LocalDate;

/** Ready-made valid workbooks that tests vary one aspect of. */
public final class Workbooks {

    private Workbooks() {
    }

    /** Gemeente Huizen proposals: two adopted measures over 2024-2026, one rejected. */
    public static TestWorkbook huizenProposals(LocalDate peildatum) {
        return TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", peildatum)
                .sheet("Maatregelen",
                        row("Nummer", "Naam", "Domein", "Status", "Type"),
                        row("1", "Lumpsum begeleiding", "Wmo", "Aangenomen", "Structureel"),
                        row("2", "Inzet praktijkondersteuner", "Jeugd", "Aangenomen", null),
                        row("3", "Afgewezen voorstel", "Wmo", "Afgewezen", null))
                .sheet("Financieel",
                        row("Nummer", "Soort", "Post", 2024, 2025, 2026),
                        row("1", "Besparing", "Zorgkosten", 100_000, 200_000, 250_000),
                        row("1", "Kosten", "Formatie", 20_000, 20_000, 20_000),
                        row("2", "Besparing", null, "1.632.659", "€ 1.632.659,50", "P.M."),
                        row("3", "Besparing", null, 50_000, 50_000, 50_000))
                .sheet("Taakstelling",
                        row("Domein", 2024, 2025, 2026),
                        row("Wmo", 550_000, 550_000, 550_000));
    }
}
