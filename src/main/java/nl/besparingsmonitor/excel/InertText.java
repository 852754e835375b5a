package nl.besparingsmonitor.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Writes text that came from an input workbook so that it can never act as a formula (CSV/formula
 * injection): it is always a string cell, and text starting with {@code = + - @}, tab or carriage
 * return is additionally quote-prefixed, so that editing the cell in Excel keeps it text.
 */
public final class InertText {

    private InertText() {
    }

    public static boolean isRisky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /**
     * @param quotedStyle a style with {@code setQuotePrefixed(true)}, used for risky text
     */
    public static void set(Cell cell, String text, CellStyle quotedStyle) {
        if (text == null) {
            cell.setBlank();
            return;
        }
        String safe = text.length() > 32_767 ? text.substring(0, 32_767) : text;
        cell.setCellValue(safe);
        if (isRisky(safe) && quotedStyle != null) {
            cell.setCellStyle(quotedStyle);
        }
    }

    /** A file name reduced to characters safe on every file system, for files we derive from it. */
    public static String safeFileName(String name) {
        String cleaned = name.replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_").replaceAll("\\.{2,}", ".").trim();
        if (cleaned.startsWith(".")) {
            cleaned = "_" + cleaned.substring(1);
        }
        if (cleaned.isEmpty()) {
            cleaned = "bestand";
        }
        return cleaned.length() > 150 ? cleaned.substring(0, 150) : cleaned;
    }
}
