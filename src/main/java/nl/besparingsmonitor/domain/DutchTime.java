package nl.besparingsmonitor.domain;

import java.time.ZoneId;

/**
 * The clock the readers of reports and feedback live by. Every time a user reads (report stamp, report
 * date, run summary name, feedback date) is in Dutch time, whatever time zone the server runs in.
 */
public final class DutchTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {
    }
}
