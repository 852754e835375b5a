package nl.besparingsmonitor.validation;

import java.math.BigDecimal;

/** What an amount cell holds after parsing. */
public sealed interface ParsedAmount {

    /** A number, in the units of the workbook, with the sign as entered. */
    record Value(BigDecimal value) implements ParsedAmount {
    }

    /** {@code P.M.}, {@code ntb}: an amount exists but is not known yet. Never zero. */
    record Unknown(String marker) implements ParsedAmount {
    }

    /** Empty or {@code -}: no amount. */
    record Empty() implements ParsedAmount {
    }

    /** Not an amount; the reason is a Dutch phrase. */
    record Invalid(String reason) implements ParsedAmount {
    }
}
