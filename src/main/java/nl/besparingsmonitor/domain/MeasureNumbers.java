package nl.besparingsmonitor.domain;

import java.util.Comparator;

/**
 * The order in which measures are listed: as a council paper numbers them, 2 before 10 and A.2 before
 * A.10, where text order would put 1, 10, 11 ... 16 before 2. Runs of digits compare by their value,
 * the text between them as text; the same on every database, whatever its collation.
 */
public final class MeasureNumbers {

    public static final Comparator<String> ORDER = MeasureNumbers::compare;

    private MeasureNumbers() {
    }

    private static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            boolean digitA = isDigit(a.charAt(i));
            boolean digitB = isDigit(b.charAt(j));
            int endA = end(a, i, digitA);
            int endB = end(b, j, digitB);
            int c = digitA && digitB ? compareValues(a, i, endA, b, j, endB)
                    : a.substring(i, endA).compareToIgnoreCase(b.substring(j, endB));
            if (c != 0) {
                return c;
            }
            i = endA;
            j = endB;
        }
        if (i < a.length() || j < b.length()) {
            return i < a.length() ? 1 : -1;
        }
        // equal by value and case ("07" and "7", "a" and "A"): still a fixed order
        return a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int end(String s, int from, boolean digits) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k)) == digits) {
            k++;
        }
        return k;
    }

    /** Two runs of digits by value, without parsing: any length, leading zeros ignored. */
    private static int compareValues(String a, int fromA, int endA, String b, int fromB, int endB) {
        while (fromA < endA - 1 && a.charAt(fromA) == '0') {
            fromA++;
        }
        while (fromB < endB - 1 && b.charAt(fromB) == '0') {
            fromB++;
        }
        int lengths = Integer.compare(endA - fromA, endB - fromB);
        return lengths != 0 ? lengths : a.substring(fromA, endA).compareTo(b.substring(fromB, endB));
    }
}
