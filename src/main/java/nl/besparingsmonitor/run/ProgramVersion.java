package nl.besparingsmonitor.run;

/** The version of the running program, as packaged (development builds say so). */
final class ProgramVersion {

    private ProgramVersion() {
    }

    static String get() {
        String v = ProgramVersion.class.getPackage().getImplementationVersion();
        return v == null ? "ontwikkelversie" : v;
    }
}
