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
 * left alone; symbolic links are never followed out of the inbox.
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

    static boolean isCandidate(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith("~$") || name.startsWith(".") || lower.endsWith(".part") || lower.endsWith(".tmp")
                || lower.endsWith(".crdownload") || lower.endsWith(".feedback.xlsx") || lower.endsWith(".gemarkeerd.xlsx")) {
            return false;
        }
        if (Files.isSymbolicLink(path)) {
            log.warn("Ignoring symbolic link in inbox: {}", name);
            return false;
        }
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }
}
