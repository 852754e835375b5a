package nl.besparingsmonitor.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** In-JVM cross-check of the GC-log figure: the sum of each heap pool's peak usage (an upper bound, pools peak at different times). */
final class HeapPeaks {

    private HeapPeaks() {
    }

    static double sumOfPoolPeaksMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return Math.round(bytes / 1024.0 / 1024.0 * 10) / 10.0;
    }
}
