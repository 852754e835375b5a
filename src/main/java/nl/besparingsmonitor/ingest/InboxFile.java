package nl.besparingsmonitor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import nl.besparingsmonitor.validation.DutchAmounts;

/** A file found in the inbox, identified by the SHA-256 of its content. */
public record InboxFile(Path path, String name, long size, Instant modified, String sha256) {

    /** A file that is not read at all; the rule and the Dutch message say why. */
    public static final class Refused extends UncheckedIOException {
        private static final long serialVersionUID = 1L;
        private final String rule;

        Refused(String rule, String dutchMessage, IOException cause) {
            super(dutchMessage, cause == null ? new IOException(dutchMessage) : cause);
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    public static InboxFile of(Path path) {
        return of(path, Long.MAX_VALUE);
    }

    /**
     * Identifies a file without ever following a symbolic link out of the inbox, and without hashing
     * a file larger than the limit (it would be refused anyway, and hashing gigabytes costs time).
     */
    public static InboxFile of(Path path, long maxBytes) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                throw new Refused("Symbolische koppeling genegeerd", "Dit is een symbolische koppeling naar een bestand "
                        + "elders. Die wordt niet gevolgd en niet gelezen; zet het bestand zelf in de inbox.", null);
            }
            if (!attributes.isRegularFile()) {
                throw new Refused("Geen gewoon bestand", "Dit is geen gewoon bestand en wordt niet gelezen.", null);
            }
            if (attributes.size() > maxBytes) {
                throw new Refused("Limiet bestandsgrootte", "Het bestand is " + DutchAmounts.format(BigDecimal.valueOf(attributes.size()))
                        + " bytes; de limiet is " + DutchAmounts.format(BigDecimal.valueOf(maxBytes)) + " bytes. Het is niet gelezen.", null);
            }
            return new InboxFile(path, path.getFileName().toString(), attributes.size(),
                    attributes.lastModifiedTime().toInstant(), sha256(path));
        } catch (AccessDeniedException e) {
            throw new Refused("Bestand niet leesbaar", "Het bestand kon niet worden gelezen: er zijn geen leesrechten. "
                    + "Het wordt bij de volgende run opnieuw geprobeerd.", e);
        } catch (NoSuchFileException e) {
            throw new Refused("Bestand verdwenen", "Het bestand was verdwenen voordat het kon worden gelezen. "
                    + "Het wordt bij de volgende run opnieuw geprobeerd als het er weer is.", e);
        } catch (Refused e) {
            throw e;
        } catch (IOException e) {
            throw new Refused("Bestand niet leesbaar", "Het bestand kon niet worden gelezen (" + e.getClass().getSimpleName()
                    + "). Het wordt bij de volgende run opnieuw geprobeerd.", e);
        }
    }

    static String sha256(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
