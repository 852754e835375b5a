package nl.besparingsmonitor.benchmark;

import java.nio.file.Path;

/**
 * Size and seed of a benchmark data set and where the benchmark writes.
 *
 * @param seed              seed of every random choice: the same config gives the same cells
 * @param municipalities    number of municipalities (CBS-style codes), each with one Voorstellen and one Realisatie workbook
 * @param regions           number of regional organisations, each with a Verdeelsleutels and a Voorstellen workbook
 * @param measures          measures per municipal Voorstellen workbook
 * @param regionalMeasures  measures per regional Voorstellen workbook (amounts split by the region's key)
 * @param bookingsPerFile   rows of the Boekingen sheet of a normal Realisatie workbook (already multiplied by scale)
 * @param largeBookings     rows of the Boekingen sheet of the one large ledger extract (capped at what a sheet can hold)
 * @param scale             the factor the booking rows were multiplied by (reported only)
 * @param out               benchmark folder: input, databases, child logs, results
 * @param jar               the packaged application, started as a child process
 */
public record BenchmarkConfig(long seed, int municipalities, int regions, int measures, int regionalMeasures,
                              int bookingsPerFile, int largeBookings, double scale, Path out, Path jar) {

    /** Excel's sheet limit is 1,048,576 rows; one is the header. */
    public static final int MAX_DATA_ROWS = 1_048_575;

    public static final long DEFAULT_SEED = 20_260_131L;

    /** The data set: 342 municipalities, 30 regions, 50 measures, 5,000 bookings per file and one 1,000,000-row file, times scale. */
    public static BenchmarkConfig ofScale(double scale, Path out, Path jar) {
        return new BenchmarkConfig(DEFAULT_SEED, 342, 30, 50, 10, rows(5_000, scale), rows(1_000_000, scale), scale,
                out, jar);
    }

    /** A data set small enough for the normal test suite. */
    public static BenchmarkConfig tiny(Path out, Path jar) {
        return new BenchmarkConfig(DEFAULT_SEED, 5, 2, 6, 3, 50, 400, 1, out, jar);
    }

    /** The same data set with every booking row count multiplied by factor (for the growth runs). */
    public BenchmarkConfig timesBookings(int factor) {
        return new BenchmarkConfig(seed, municipalities, regions, measures, regionalMeasures,
                (int) Math.min((long) bookingsPerFile * factor, MAX_DATA_ROWS),
                (int) Math.min((long) largeBookings * factor, MAX_DATA_ROWS), scale * factor, out, jar);
    }

    static int rows(int base, double scale) {
        return (int) Math.max(1, Math.min(Math.round(base * scale), MAX_DATA_ROWS));
    }
}
