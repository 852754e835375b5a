package nl.besparingsmonitor.ingest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import nl.besparingsmonitor.ingest.xlsx.SheetCell;
import nl.besparingsmonitor.ingest.xlsx.SheetRow;

/**
 * The unit a data sheet states above its table ('Bedragen x € 1.000', 'bedragen in euro's', as council
 * tables are headed), held against the Eenheid of the Info sheet. The Info sheet decides how amounts are read; a sheet
 * that says otherwise is read a thousand times too small or too large unless someone notices, so the
 * contradiction rejects the file.
 */
final class StatedUnit {

    private static final String EURO = "(?:€|eur(?:o'?s?)?)?";
    /** x € 1.000, x1000 euro, € x 1.000, duizenden euro's, k€; not x 1.000.000. */
    private static final Pattern THOUSANDS = Pattern.compile("(?:\\bx|\\*)\\s*" + EURO + "\\s*1[.,]?000(?![.,]?\\d)"
            + "|€\\s*x\\s*1[.,]?000(?![.,]?\\d)|duizenden\\s+(?:euro|€)|\\bk€|\\bkeuro\\b");
    /** x € 1 mln, x 1 miljoen, x € 1.000.000, in miljoenen. */
    private static final Pattern MILLIONS = Pattern.compile("(?:\\bx|\\*)\\s*" + EURO + "\\s*1\\s*(?:mln|miljoen)"
            + "|(?:\\bx|\\*)\\s*" + EURO + "\\s*1[.,]?000[.,]?000(?![.,]?\\d)|miljoenen");

    /** in euro's, bedragen in €, (€), in hele euro's: stated only when nothing above says thousands or millions. */
    private static final Pattern EUROS = Pattern.compile("\\bin\\s+(?:hele\\s+)?(?:euro'?s?\\b|€)|\\(\\s*€\\s*\\)");

    private StatedUnit() {
    }

    /**
     * Reports the first text cell of the rows down to and including the header that states a unit other
     * than the workbook's Eenheid.
     */
    static void check(List<SheetRow> rowsToHeader, CellReader cells) {
        for (SheetRow row : rowsToHeader) {
            for (SheetCell cell : row.cells()) {
                if (!cell.isText()) {
                    continue;
                }
                BigDecimal stated = stated(cell.text());
                if (stated != null && stated.compareTo(cells.unitFactor()) != 0) {
                    report(cell, stated, cells);
                    return;
                }
            }
        }
    }

    /** 1, 1.000 or 1.000.000 for a text that states amounts in euros, thousands or millions; null for anything else. */
    static BigDecimal stated(String text) {
        String s = text.replace('\u00A0', ' ').replace('×', 'x').toLowerCase(Locale.ROOT);
        if (MILLIONS.matcher(s).find()) {
            return BigDecimal.valueOf(1_000_000);
        }
        if (THOUSANDS.matcher(s).find()) {
            return BigDecimal.valueOf(1_000);
        }
        return EUROS.matcher(s).find() ? BigDecimal.ONE : null;
    }

    private static void report(SheetCell cell, BigDecimal stated, CellReader cells) {
        boolean inEuros = cells.unitFactor().compareTo(BigDecimal.ONE) == 0;
        String remedy;
        if (stated.compareTo(BigDecimal.ONE) == 0) {
            remedy = "Staan de bedragen op dit blad in euro's, reken ze dan om naar duizenden (145.000 wordt 145) of zet alle"
                    + " bladen in euro's en de Eenheid op 'euro'; staan ze in duizenden, pas dan de tekst aan.";
        } else if (stated.compareTo(BigDecimal.valueOf(1_000)) == 0) {
            remedy = "Staan de bedragen in duizenden, zet dan de Eenheid op 'x 1.000 euro'; staan ze in euro's, pas dan de"
                    + " tekst aan.";
        } else {
            remedy = "Bedragen in miljoenen kent het sjabloon niet: reken ze om naar x 1.000 euro (1,2 miljoen is 1.200) en"
                    + " zet de Eenheid op 'x 1.000 euro'.";
        }
        cells.report().error(cells.sheet(), cell.ref(), "Eenheid tegenstrijdig", cell.text(),
                "dezelfde eenheid als op blad Info ('" + cells.unitName() + "')",
                "Cel " + cell.ref() + " zegt '" + cell.text() + "', maar volgens de Eenheid op blad Info staan de bedragen in "
                        + (inEuros ? "euro's (euro geldt ook als er niets is ingevuld)" : "duizenden euro's")
                        + ". " + remedy);
    }
}
