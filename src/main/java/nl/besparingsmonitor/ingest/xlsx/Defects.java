package nl.besparingsmonitor.ingest.xlsx;

/**
 * Tells a defect in our own reading code from a library's complaint about a damaged file. A damaged
 * file is reported as such; our own runtime exceptions are passed on, so that they are logged with
 * their stack trace and recognised as defects (the fuzz tests fail on them).
 */
final class Defects {

    private Defects() {
    }

    /** True when the first frame outside the JDK belongs to this project. */
    static boolean isOurs(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String c = frame.getClassName();
            if (c.startsWith("java.") || c.startsWith("javax.") || c.startsWith("jdk.") || c.startsWith("sun.")) {
                continue;
            }
            return c.startsWith("nl.besparingsmonitor.");
        }
        return false;
    }
}
