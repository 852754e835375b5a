package nl.besparingsmonitor.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Putting a written workbook in place: it is written under a temporary name in the target folder and
 * renamed at the end, so that a reader never sees half a file and a failed run leaves the previous
 * version in place.
 */
final class ReportFiles {

    private ReportFiles() {
    }

    /** A temporary file next to where the workbook will land (a rename within one folder is atomic). */
    static Path temp(Path folder, String prefix) throws IOException {
        Files.createDirectories(folder);
        return Files.createTempFile(folder, prefix, ".tmp");
    }

    static Path publish(Path temp, Path target) throws IOException {
        try {
            readableByOthers(temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // a failed rename (disk error) leaves the previous report, and no temporary file, behind
            Files.deleteIfExists(temp);
            throw e;
        }
        return target;
    }

    /** Temporary files are private to their owner; reports are for the controllers who share the folder. */
    private static void readableByOthers(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
