package nl.besparingsmonitor.ingest;

import java.util.List;
import java.util.stream.Stream;

import nl.besparingsmonitor.validation.HeaderNames;

/** A column of the contract with the names (Dutch, aliases, English) under which it is recognised. */
record ColumnSpec(String name, boolean required, List<String> aliases) {

    static ColumnSpec required(String name, String... aliases) {
        return new ColumnSpec(name, true, List.of(aliases));
    }

    static ColumnSpec optional(String name, String... aliases) {
        return new ColumnSpec(name, false, List.of(aliases));
    }

    /**
     * Nummer, the measure number that ties every sheet's rows to a measure, under the same names on each of
     * them; {@code more} adds names accepted on one workbook kind only (the Voorstellen also take 'No').
     */
    static ColumnSpec measureNumber(String... more) {
        List<String> aliases = Stream.concat(Stream.of("Nr", "Nr.", "Maatregelnummer", "Maatregelnr", "Maatregelnr.", "Number"),
                Stream.of(more)).toList();
        return new ColumnSpec("Nummer", true, aliases);
    }

    /** The column's name and its aliases, as a sender may write them in a header. */
    List<String> names() {
        return Stream.concat(Stream.of(name), aliases.stream()).toList();
    }

    boolean matches(String header) {
        String h = HeaderNames.normalise(header);
        if (h.equals(HeaderNames.normalise(name))) {
            return true;
        }
        for (String alias : aliases) {
            if (h.equals(HeaderNames.normalise(alias))) {
                return true;
            }
        }
        return false;
    }
}
