package nl.besparingsmonitor.benchmark;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the benchmark's small JSON files. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    static void write(Path file, Object value) {
        MAPPER.writeValue(file.toFile(), value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path file) {
        return MAPPER.readValue(file.toFile(), LinkedHashMap.class);
    }
}
