package nl.besparingsmonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.besparingsmonitor.excel.InertText;
import nl.besparingsmonitor.ingest.InboxFile;
import nl.besparingsmonitor.ingest.InboxScanner;

/** Identifying inbox files without following links or hashing what will be refused, and safe derived names. */
class InboxFileTest {

    @TempDir
    Path dir;

    @Test
    void aSymbolicLinkIsRefusedWithoutOpeningItsTarget() throws Exception {
        Path target = Files.writeString(dir.resolve("doel.txt"), "geheim");
        Path link = Files.createSymbolicLink(dir.resolve("link.xlsx"), target);

        assertThatThrownBy(() -> InboxFile.of(link)).isInstanceOfSatisfying(InboxFile.Refused.class,
                e -> assertThat(e.rule()).isEqualTo("Symbolische koppeling genegeerd"));
        assertThat(InboxScanner.scan(dir)).contains(link);
    }

    @Test
    void aVanishedFileAndAFileOverTheSizeLimitAreRefusedWithTheirReason() throws Exception {
        assertThatThrownBy(() -> InboxFile.of(dir.resolve("weg.xlsx"))).isInstanceOfSatisfying(InboxFile.Refused.class,
                e -> assertThat(e.rule()).isEqualTo("Bestand verdwenen"));
        Path big = Files.write(dir.resolve("groot.xlsx"), new byte[2_000]);
        assertThatThrownBy(() -> InboxFile.of(big, 1_000)).isInstanceOfSatisfying(InboxFile.Refused.class, e -> {
            assertThat(e.rule()).isEqualTo("Limiet bestandsgrootte");
            assertThat(e.getMessage()).contains("2.000").contains("1.000");
        });
    }

    @Test
    void derivedFileNamesAreSafeOnEveryFileSystemAndDistinct() {
        assertThat(InertText.safeFileName("GM0274 Renkum - Voorstellen.xlsx")).isEqualTo("GM0274 Renkum - Voorstellen.xlsx");
        assertThat(InertText.safeFileName("Súdwest-Fryslân.xlsx")).isEqualTo("Súdwest-Fryslân.xlsx");
        assertThat(InertText.safeFileName("GM0796 's-Hertogenbosch")).isEqualTo("GM0796 's-Hertogenbosch");
        assertThat(InertText.safeFileName("GM0820 Nuenen, Gerwen en Nederwetten"))
                .isEqualTo("GM0820 Nuenen, Gerwen en Nederwetten");
        for (String hostile : new String[] {"..\\..\\windows\\system32.xlsx", "../../etc/passwd", "CON.xlsx", "nul",
                "a\nb.xlsx", "=cmd|' /C calc'!A0.xlsx", "rapport.", " .verborgen", "\uD83D\uDE00.xlsx", "é".repeat(200)}) {
            String safe = InertText.safeFileName(hostile);
            assertThat(safe).as(hostile).matches("[\\p{L}\\p{N} ._()',\\-]+").doesNotStartWith(".").doesNotEndWith(".")
                    .doesNotContain("..").isNotEqualToIgnoringCase("CON.xlsx").isNotEqualToIgnoringCase("nul");
            assertThat(safe.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(hostile).isLessThanOrEqualTo(170);
        }
        assertThat(InertText.safeFileName("a\uD83D\uDE00.xlsx")).isNotEqualTo(InertText.safeFileName("a\uD83D\uDE01.xlsx"));
        assertThat(InboxScanner.printable("a\nb\u001b[31m.xlsx")).isEqualTo("a\\u000ab\\u001b[31m.xlsx");
    }
}
