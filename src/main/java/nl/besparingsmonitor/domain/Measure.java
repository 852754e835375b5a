package nl.besparingsmonitor.domain;

import java.time.LocalDate;

/**
 * A savings measure (maatregel, ombuigingsvoorstel) of one organisation.
 *
 * @param number unique within its workbook, kept as text ({@code 3}, {@code 12+13}, {@code A.1})
 * @param keyName name of the distribution key for regional amounts, or null
 */
public record Measure(
        String number,
        String name,
        Domain domain,
        MeasureStatus status,
        String category,
        MeasureType type,
        LocalDate startDate,
        LocalDate endDate,
        String keyName,
        String explanation) {
}
