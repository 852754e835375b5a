package nl.besparingsmonitor.ingest.xlsx;

/** Conversions between zero-based row/column indexes and A1-style references. */
public final class CellRefs {

    private CellRefs() {
    }

    public static String ref(int row, int column) {
        return columnName(column) + (row + 1);
    }

    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            name.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return name.toString();
    }

    /**
     * Zero-based column of a reference like {@code AB12}; -1 when the text has no column letters or
     * more than Excel's three (so that crafted references cannot overflow into a valid-looking column).
     */
    public static int columnOf(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && isAsciiLetter(ref.charAt(i))) {
            if (i == 3) {
                return -1;
            }
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : col - 1;
    }

    /** Zero-based row of a reference like {@code AB12}; -1 when it has no valid row digits. */
    public static int rowOf(String ref) {
        int i = 0;
        while (i < ref.length() && isAsciiLetter(ref.charAt(i))) {
            i++;
        }
        String digits = ref.substring(i);
        if (digits.isEmpty() || digits.length() > 7 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(digits) - 1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
