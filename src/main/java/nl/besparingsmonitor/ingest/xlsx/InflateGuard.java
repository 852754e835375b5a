package nl.besparingsmonitor.ingest.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * Counts what a zip entry really inflates to while it is read. {@link PackageCheck} refused the
 * package if its directory claimed too large a part or too high a ratio, but a directory can lie:
 * here the same limits are checked on the bytes themselves (as POI's {@code ZipSecureFile} does),
 * and a part that inflates beyond the size its directory entry gives is refused as damaged.
 */
final class InflateGuard extends FilterInputStream {

    private final String part;
    private final long declaredSize;
    private final ReadLimits limits;
    private final InputStreamStatistics statistics;
    private long inflated;

    /**
     * @param in           the entry's stream from commons-compress; for a deflated entry it tells how
     *                     many compressed bytes it consumed
     * @param declaredSize the uncompressed size in the zip directory, or -1 when unknown
     */
    InflateGuard(InputStream in, String part, long declaredSize, ReadLimits limits) {
        super(in);
        this.part = part;
        this.declaredSize = declaredSize;
        this.limits = limits;
        this.statistics = in instanceof InputStreamStatistics s ? s : null;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            count(skipped);
        }
        return skipped;
    }

    private void count(long n) {
        inflated += n;
        if (inflated > limits.maxEntryBytes()) {
            throw new WorkbookReadException("Limiet grootte onderdeel", "Het onderdeel '" + part + "' pakt uit tot meer dan "
                    + Measures.bytes(limits.maxEntryBytes()) + "; de limiet is " + Measures.bytes(limits.maxEntryBytes()) + ".");
        }
        if (statistics != null && inflated > PackageCheck.RATIO_GRACE_BYTES) {
            long compressed = statistics.getCompressedCount();
            if ((double) compressed / inflated < limits.minInflateRatio()) {
                throw new WorkbookReadException("Limiet uitpakverhouding", "Het onderdeel '" + part + "' pakt uit van "
                        + Measures.bytes(compressed) + " tot meer dan " + Measures.bytes(inflated)
                        + "; dat is meer dan de limiet voor uitpakken van " + Measures.ratio(limits.minInflateRatio())
                        + ". Zo'n bestand is vermoedelijk een zip-bom.");
            }
        }
        if (declaredSize >= 0 && inflated > declaredSize) {
            throw PackageCheck.corrupt("het onderdeel '" + part + "' pakt groter uit dan de inhoudsopgave van het zip-bestand opgeeft ("
                    + Measures.bytes(declaredSize) + ").");
        }
    }
}
