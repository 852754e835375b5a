package nl.besparingsmonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import nl.besparingsmonitor.config.MonitorProperties;
import nl.besparingsmonitor.ingest.WorkbookParser;
import nl.besparingsmonitor.ingest.xlsx.ReadLimits;

/** Limits are configurable with safe defaults, reach POI, and the security-relevant libraries are recent enough. */
class SecurityConfigurationTest {

    @Test
    void defaultsAreSafeAndLargeEnoughForAMillionBookings() {
        MonitorProperties.Limits limits = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("monitor.limits", MonitorProperties.Limits.class);

        ReadLimits read = limits.toReadLimits(2, 512L * 1024 * 1024);
        assertThat(read.maxFileBytes()).isEqualTo(50L * 1024 * 1024);
        assertThat(read.maxRowsPerSheet()).isGreaterThanOrEqualTo(1_100_000);
        assertThat(read.maxCellsPerFile()).isGreaterThanOrEqualTo(12_000_000);
        assertThat(read.maxTextLength()).isEqualTo(32_767);
        assertThat(read.maxTimePerFile()).isEqualTo(Duration.ofMinutes(5));
        assertThat(read.maxEntryBytes()).isEqualTo(1024L * 1024 * 1024);
        assertThat(read.minInflateRatio()).isEqualTo(0.01);
        assertThat(read.maxSharedTextBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(read).isEqualTo(ReadLimits.defaults());
    }

    @Test
    void sharedStringsMayTakeAQuarterOfTheHeapDividedOverTheReadingThreads() {
        MonitorProperties.Limits automatic = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("monitor.limits", MonitorProperties.Limits.class);
        MonitorProperties.Limits configured = new Binder(new MapConfigurationPropertySource(Map.of(
                "monitor.limits.max-shared-text-bytes", "1000000")))
                .bindOrCreate("monitor.limits", MonitorProperties.Limits.class);
        long mb = 1024 * 1024;

        assertThat(automatic.toReadLimits(2, 128 * mb).maxSharedTextBytes()).isEqualTo(16 * mb);
        assertThat(automatic.toReadLimits(1, 128 * mb).maxSharedTextBytes()).isEqualTo(32 * mb);
        assertThat(automatic.toReadLimits(4, 8192 * mb).maxSharedTextBytes()).isEqualTo(512 * mb);
        assertThat(configured.toReadLimits(2, 128 * mb).maxSharedTextBytes()).isEqualTo(1_000_000);
    }

    @Test
    void configuredLimitsBindAndReachPoisZipSecureFile() {
        MonitorProperties.Limits limits = new Binder(new MapConfigurationPropertySource(Map.of(
                "monitor.limits.max-file-bytes", "1000", "monitor.limits.max-time-per-file", "30s",
                "monitor.limits.max-entry-bytes", "2048", "monitor.limits.min-inflate-ratio", "0.05")))
                .bindOrCreate("monitor.limits", MonitorProperties.Limits.class);
        try {
            new WorkbookParser(limits.toReadLimits(2, Runtime.getRuntime().maxMemory()));

            assertThat(limits.maxTimePerFile()).isEqualTo(Duration.ofSeconds(30));
            assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(2048);
            assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.05);
        } finally {
            new WorkbookParser(ReadLimits.defaults());
        }
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
    }

    @Test
    void poisByteArrayLimitsAreNeverRaised() throws IOException {
        new WorkbookParser(ReadLimits.defaults());
        assertThat(IOUtils.getByteArrayMaxOverride()).as("IOUtils.setByteArrayMaxOverride must never be called").isEqualTo(-1);
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            assertThat(sources.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return java.util.regex.Pattern.compile("setByteArrayMaxOverride\\s*\\(").matcher(Files.readString(p)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).isEmpty();
        }
    }

    @Test
    void poiAndCommonsCompressAreAtLeastTheFixedVersions() throws IOException {
        // CVE-2025-31672 (duplicate zip entry names) is fixed in poi-ooxml 5.4.0.
        assertThat(compare(org.apache.poi.Version.getVersion(), "5.4.0")).isGreaterThanOrEqualTo(0);
        // CVE-2024-25710 and CVE-2024-26308 are fixed in commons-compress 1.26.0.
        assertThat(compare(jarVersion(org.apache.commons.compress.archivers.zip.ZipFile.class, "commons-compress"), "1.26.0"))
                .isGreaterThanOrEqualTo(0);
        assertThat(compare(jarVersion(ZipSecureFile.class, "poi-ooxml"), "5.4.0")).isGreaterThanOrEqualTo(0);
    }

    /** The version in the name of the jar a class was loaded from, e.g. 1.28.0 from commons-compress-1.28.0.jar. */
    private static String jarVersion(Class<?> type, String artifact) {
        String location = type.getProtectionDomain().getCodeSource().getLocation().getPath();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(artifact + "-([0-9][^/]*)\\.jar$").matcher(location);
        assertThat(m.find()).as("version of %s in %s", artifact, location).isTrue();
        return m.group(1);
    }

    static int compare(String version, String minimum) {
        String[] a = version.split("[.-]");
        String[] b = minimum.split("[.-]");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length && a[i].matches("\\d+") ? Integer.parseInt(a[i]) : 0;
            int y = i < b.length && b[i].matches("\\d+") ? Integer.parseInt(b[i]) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }
}
