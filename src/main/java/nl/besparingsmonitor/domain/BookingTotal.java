package nl.besparingsmonitor.domain;

import java.math.BigDecimal;

/** Bookings from the ledger extract summed per measure, kind and calendar year (a magnitude). */
public record BookingTotal(String measureNumber, LineKind kind, int year, BigDecimal amount, long bookings) {
}
