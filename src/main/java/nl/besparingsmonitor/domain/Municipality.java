package nl.besparingsmonitor.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** A municipality with its CBS code ({@code GM} and four digits). */
public record Municipality(String code, String name) {

    private static final Pattern CBS_CODE = Pattern.compile("GM\\d{4}");

    public static boolean isMunicipalityCode(String code) {
        return code != null && CBS_CODE.matcher(code).matches();
    }

    /** "GM0406 Huizen": how reports name a municipality. */
    public String displayName() {
        return name == null || name.isBlank() ? code : code + " " + shortName(name);
    }

    /** "Huizen" for "Gemeente Huizen": organisations deliver under their full name, sheets and rows use the short one. */
    public static String shortName(String name) {
        String trimmed = name.trim();
        return trimmed.toLowerCase(Locale.ROOT).startsWith("gemeente ") ? trimmed.substring(9).trim() : trimmed;
    }
}
