package nl.besparingsmonitor.run;

import static nl.besparingsmonitor.support.TestWorkbook.row;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.besparingsmonitor.support.TestWorkbook;

/** Inboxes with many valid workbooks, for runs that take long enough to be interrupted. */
public final class RunFixtures {

    private RunFixtures() {
    }

    /** {@code count} proposals workbooks of different municipalities, {@code measures} measures each. */
    public static List<Path> proposals(Path inbox, int count, int measures) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String code = String.format("GM%04d", 100 + i);
            files.add(proposals(code, "Gemeente " + i, measures, LocalDate.of(2025, 3, 1))
                    .write(inbox, String.format("%s Gemeente %d - Voorstellen.xlsx", code, i)));
        }
        return files;
    }

    public static TestWorkbook proposals(String code, String name, int measures, LocalDate peildatum) {
        List<Object[]> maatregelen = new ArrayList<>();
        List<Object[]> financieel = new ArrayList<>();
        maatregelen.add(row("Nummer", "Naam", "Domein", "Status"));
        financieel.add(row("Nummer", "Soort", 2025, 2026, 2027));
        for (int m = 1; m <= measures; m++) {
            maatregelen.add(row(String.valueOf(m), "Maatregel " + m, m % 2 == 0 ? "Jeugd" : "Wmo", "Aangenomen"));
            financieel.add(row(String.valueOf(m), "Besparing", 1000 * m, 1100 * m, 1200 * m));
            financieel.add(row(String.valueOf(m), "Kosten", 100 * m, 100 * m, 100 * m));
        }
        return TestWorkbook.withInfo("Voorstellen", name, code, peildatum)
                .sheet("Maatregelen", maatregelen.toArray(Object[][]::new))
                .sheet("Financieel", financieel.toArray(Object[][]::new));
    }
}
