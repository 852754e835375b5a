package nl.besparingsmonitor.calculation;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.LineKind;

/** Savings and costs collected for one slot (a measure, year, municipality ...); net = saving - cost. */
final class SavingAndCost {

    Amount saving = Amount.ZERO;
    Amount cost = Amount.ZERO;

    void add(LineKind kind, Amount amount) {
        if (kind == LineKind.SAVING) {
            saving = saving.plus(amount);
        } else {
            cost = cost.plus(amount);
        }
    }

    Amount net() {
        return saving.minus(cost);
    }
}
