package nl.besparingsmonitor.ingest.xlsx;

/** Turns library exceptions into a short Dutch explanation for the sender of a file. */
final class PoiMessages {

    private PoiMessages() {
    }

    static String dutch(Throwable e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (e instanceof OutOfMemoryError) {
            return "het bestand vraagt te veel geheugen.";
        }
        if (text.contains("zip bomb") || text.contains("inflate") || text.contains("ratio")) {
            return "het bestand pakt verdacht groot uit (mogelijke zip-bom); de limiet voor uitpakken is overschreden.";
        }
        if (text.contains("max entry size") || text.contains("entry size") || text.contains("exceeds the maximum")) {
            return "een onderdeel van het bestand is groter dan de limiet.";
        }
        if (text.contains("duplicate")) {
            return "het bestand bevat dubbele onderdelen met dezelfde naam (mogelijk gemanipuleerd).";
        }
        if (text.contains("doctype") || text.contains("entity")) {
            return "het bestand bevat XML met een DOCTYPE of entiteiten; dat is niet toegestaan.";
        }
        if (text.contains("truncated") || text.contains("unexpected end") || text.contains("zip")
                || text.contains("end of central directory") || text.contains("corrupt")) {
            return "het bestand is beschadigd of onvolledig (zip-structuur ongeldig).";
        }
        return "het bestand is beschadigd of heeft een onbekende opbouw.";
    }
}
