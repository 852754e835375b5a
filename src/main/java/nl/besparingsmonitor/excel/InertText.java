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
        // OWASP's list, plus newline and the full-width forms that some Excel locales also treat as formulas.
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
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

    /** Base names Windows reserves for devices; a file called {@code CON.xlsx} cannot be created there. */
    private static final java.util.regex.Pattern WINDOWS_DEVICE =
            java.util.regex.Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    /** File systems allow 255 bytes per name; room is left for suffixes such as {@code .feedback.xlsx}. */
    private static final int MAX_NAME_BYTES = 150;

    /**
     * A file name reduced to characters safe on every file system, for files we derive from it. Letters
     * and digits of any script, spaces, dots, dashes, underscores, brackets, commas and apostrophes stay
     * (municipalities are called 's-Hertogenbosch and Nuenen, Gerwen en Nederwetten); anything else
     * (slashes, control characters, emoji, double quotes) becomes {@code _}. Names Windows reserves, leading
     * and trailing dots and names too long in bytes are fixed too. When the name had to change, a short
     * hash of the original is added, so that two different senders' files never share a derived name.
     */
    public static String safeFileName(String name) {
        String original = name == null ? "" : name;
        String cleaned = java.text.Normalizer.normalize(original, java.text.Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{N} ._()',\\-]", "_").replaceAll("\\.{2,}", ".").trim();
        if (cleaned.startsWith(".")) {
            cleaned = "_" + cleaned.substring(1);
        }
        cleaned = cleaned.replaceAll("[. ]+$", "");
        if (cleaned.isEmpty()) {
            cleaned = "bestand";
        }
        if (WINDOWS_DEVICE.matcher(cleaned).matches()) {
            cleaned = "_" + cleaned;
        }
        cleaned = truncateBytes(cleaned, MAX_NAME_BYTES);
        if (cleaned.equals(original)) {
            return cleaned;
        }
        String hash = java.util.HexFormat.of().formatHex(sha256(original), 0, 4);
        int dot = cleaned.lastIndexOf('.');
        return dot > 0 ? cleaned.substring(0, dot) + "-" + hash + cleaned.substring(dot) : cleaned + "-" + hash;
    }

    private static String truncateBytes(String text, int maxBytes) {
        if (text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            sb.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return sb.toString().trim();
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
