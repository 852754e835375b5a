package nl.besparingsmonitor.security;

import java.time.LocalDate;
import java.util.Random;

import nl.besparingsmonitor.support.TestWorkbook.Formula;

/** Random cell values of every type a finance officer (or an attacker) could put in a cell. */
final class FuzzValues {

    private static final String[] TEXTS = {"", " ", "Totaal", "totaal generaal", "P.M.", "ntb", "n.t.b.", "-", "--",
            "-/- 1.632.659", "(1.632.659)", "€ 1.632.659,50", "EUR 12", "1.5", "12,3,4", "1.632.659", "0,0000001",
            "99999999999999999999999999", "1E400", "-0", "=HYPERLINK(\"http://127.0.0.1:9/x\",\"klik\")",
            "=cmd|' /C calc'!A0", "+1", "-1", "@SUM(1)", "\t=1+1", "\r=1+1", "\n=1", "\uFF1D1+1", "Wmo", "Jeugd", "WMO",
            "Jeugdwet", "Beschermd wonen", "Aangenomen", "Afgewezen", "Voorgesteld", "Besparing", "Kosten", "Opbrengst",
            "Gerealiseerd", "Verwacht", "Begroting", "Gemeente", "Regio", "GM0406", "gm0233", "GM9999", "XX12",
            "1-4-2026", "31-2-2025", "medio 2026", "1 april 2026", "2026-04-01", "vanaf 1-1-2025", "30%", "45,5%", "150%",
            "-5%", "Voorstellen", "Realisatie", "Verdeelsleutels", "x 1.000 euro", "kosten negatief", "besparing negatief",
            "\uD83D\uDE00\uD83D\uDCB6", "\u202Eevil\u202C", "\u200B", "Ŝtrånġé ñämé", "a\u0000b", "a\u0001b", "\uFFFE",
            "<script>alert(1)</script>", "&amp;", "]]>", "\\\\server\\share\\x.xlsx", "../../etc/passwd",
            "file:///etc/passwd", "%s%n%x"};

    private static final String[] FORMULAS = {"1+1", "SUM(1,2)", "1/0", "DATE(2025,1,1)", "\"=cmd|' /C calc'!A0\"",
            "HYPERLINK(\"http://127.0.0.1:9/x\",\"klik\")", "NA()", "TRUE()", "\"\"", "REPT(\"x\",300)", "-1E300*10"};

    private FuzzValues() {
    }

    static Object any(Random rnd) {
        return switch (rnd.nextInt(9)) {
            case 0 -> null;
            case 1, 2 -> TEXTS[rnd.nextInt(TEXTS.length)];
            case 3 -> number(rnd);
            case 4 -> LocalDate.of(1900 + rnd.nextInt(200), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            case 5 -> rnd.nextBoolean();
            case 6 -> new Formula(FORMULAS[rnd.nextInt(FORMULAS.length)]);
            case 7 -> randomText(rnd);
            default -> (double) (2000 + rnd.nextInt(60));
        };
    }

    private static Object number(Random rnd) {
        double[] specials = {0, -0.0, 1e15, -1e15, 1e300, -1e300, 1e-300, 0.1234567891, Double.MAX_VALUE,
                Double.MIN_VALUE, 2_958_465, 2_958_466, 45_658, -1, 1e11, 1e12};
        return rnd.nextBoolean() ? specials[rnd.nextInt(specials.length)] : rnd.nextGaussian() * Math.pow(10, rnd.nextInt(12));
    }

    private static String randomText(Random rnd) {
        int length = rnd.nextInt(10) == 0 ? 1_000 + rnd.nextInt(31_000) : rnd.nextInt(40);
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            int kind = rnd.nextInt(10);
            if (kind < 6) {
                sb.append((char) (' ' + rnd.nextInt(95)));
            } else if (kind < 8) {
                sb.append((char) (0xA0 + rnd.nextInt(0x2000)));
            } else if (kind < 9) {
                sb.appendCodePoint(0x1F300 + rnd.nextInt(0x300));
            } else {
                sb.append((char) rnd.nextInt(0x20));
            }
        }
        return sb.toString();
    }
}
