package nl.besparingsmonitor.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The clock the readers of reports and feedback live by. Every time a user reads (report stamp, report
 * date, run summary name, feedback date) is in Dutch time, whatever time zone the server runs in.
 */
public final class DutchTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    /** A date in a message as a Dutch reader writes it and Excel shows it: 3-3-2021, not 2021-03-03. */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    private DutchTime() {
    }
}
