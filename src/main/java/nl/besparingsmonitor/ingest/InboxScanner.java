package nl.besparingsmonitor.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the candidate files of the inbox, sorted by name so that runs are repeatable. Office lock
 * files ({@code ~$x.xlsx}), hidden and partial files ({@code .x.xlsx.part}) and our own output are
 * left alone. Symbolic links are listed, so that the run records them as refused, but never followed.
 */
public final class InboxScanner {

    private static final Logger log = LoggerFactory.getLogger(InboxScanner.class);

    private InboxScanner() {
    }

    public static List<Path> scan(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            throw new UncheckedIOException(new IOException("Inbox is not a folder: " + inbox.toAbsolutePath()));
        }
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(InboxScanner::isCandidate).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file name as it may go into a log line: control characters (a forged log line) made visible. */
    public static String printable(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    static boolean isCandidate(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith("~$") || name.startsWith(".") || lower.endsWith(".part") || lower.endsWith(".tmp")
                || lower.endsWith(".crdownload") || lower.endsWith(".feedback.xlsx") || lower.endsWith(".gemarkeerd.xlsx")) {
            return false;
        }
        if (Files.isSymbolicLink(path)) {
            // Listed, so that the run summary and a feedback file say it was ignored; it is never
            // followed: InboxFile and the reader refuse it without opening the target.
            log.warn("Symbolic link in inbox, will be recorded as refused and never followed: {}", printable(name));
            return true;
        }
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }
}
