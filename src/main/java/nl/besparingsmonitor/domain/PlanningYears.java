package nl.besparingsmonitor.domain;

/**
 * The years the input contract knows: a year column is headed 2021 to 2035, and an annual amount
 * (Jaarbedrag) counts in those years only, whatever its dates say, so that a typed 2019 for 2029
 * cannot put seven years of savings in front of a plan.
 */
public final class PlanningYears {

    public static final int FIRST = 2021;
    public static final int LAST = 2035;

    private PlanningYears() {
    }

    public static boolean contains(int year) {
        return year >= FIRST && year <= LAST;
    }
}
