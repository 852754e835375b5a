package nl.besparingsmonitor.benchmark;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * The exact sums of the bookings a generator wrote into one Boekingen sheet, per measure, kind and
 * year, as the ingest must store them in {@code booking_total}. Kinds use the stored enum names
 * ({@code SAVING}, {@code COST}).
 */
public final class BookingLedger {

    /** One booking_total row: measure number, kind, year. */
    public record Key(String measure, String kind, int year) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = measure.compareTo(o.measure);
            if (c == 0) {
                c = kind.compareTo(o.kind);
            }
            return c != 0 ? c : Integer.compare(year, o.year);
        }
    }

    /** Sum and count of the bookings of one key. */
    public record Sum(BigDecimal amount, long bookings) {
        Sum plus(BigDecimal value) {
            return new Sum(amount.add(value), bookings + 1);
        }
    }

    private final Map<Key, Sum> sums = new TreeMap<>();
    private long rows;
    private BigDecimal total = BigDecimal.ZERO;

    void add(String measure, String kind, int year, BigDecimal amount) {
        sums.merge(new Key(measure, kind, year), new Sum(amount, 1), (a, b) -> new Sum(a.amount.add(b.amount), a.bookings + 1));
        rows++;
        total = total.add(amount);
    }

    public Map<Key, Sum> sums() {
        return sums;
    }

    public long rows() {
        return rows;
    }

    /** Sum of every booking's magnitude (savings and costs alike). */
    public BigDecimal total() {
        return total;
    }

    /** Savings minus costs over all bookings. */
    public BigDecimal net() {
        BigDecimal net = BigDecimal.ZERO;
        for (Map.Entry<Key, Sum> e : sums.entrySet()) {
            net = "SAVING".equals(e.getKey().kind()) ? net.add(e.getValue().amount()) : net.subtract(e.getValue().amount());
        }
        return net;
    }
}
