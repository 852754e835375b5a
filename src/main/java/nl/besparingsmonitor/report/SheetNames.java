package nl.besparingsmonitor.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel accepts: at most 31 characters, none of {@code [ ] : * ? / \}, not starting or
 * ending with an apostrophe, and unique regardless of case (as Excel compares them).
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    SheetNames(Iterable<String> existing) {
        existing.forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));
    }

    /** A safe, not yet used name close to {@code wanted}; the name is then taken. */
    String unique(String wanted) {
        String base = clean(wanted);
        String name = base;
        for (int i = 2; taken.contains(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())).trim() + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    static String clean(String wanted) {
        String s = wanted == null ? "" : wanted.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ")
                .replaceAll("\\s+", " ").trim();
        s = s.replaceAll("^'+|'+$", "").trim();
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH).trim();
        }
        return s.isEmpty() ? "Blad" : s;
    }
}
