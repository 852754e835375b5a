/**
 * The savings calculation: pure Java (java.util, java.math, java.time only), no framework types.
 *
 * <p>Entry point: {@link nl.besparingsmonitor.calculation.SavingsCalculator#calculate}, which turns a
 * {@link nl.besparingsmonitor.calculation.CalculationInput} into a
 * {@link nl.besparingsmonitor.calculation.CalculationResult}. Everything else public here is a result
 * row; the helpers for each rule of shared/domain.md are package-private:
 * {@code ProRating} (rule 4), {@code Distribution} and {@code DistributionKeys} (rule 5),
 * {@code PlannedFigures} (rules 1-5 per measure), {@code TargetCoverages} (rule 6),
 * {@code Monitoring} and {@code Variance} (rule 7), {@code BudgetSaldi} (rule 8), {@code Totals}.
 *
 * <p>Conventions:
 * <ul>
 *   <li>Money is {@link nl.besparingsmonitor.domain.Amount} throughout, so an unknown (P.M., ntb)
 *       part travels with every sum and marks it incomplete; a null Amount means "no figure",
 *       which is never the same as zero.</li>
 *   <li>Amounts are magnitudes; net = saving - cost, positive is favourable (voordeel).</li>
 *   <li>Only adopted measures count; all measures are listed.</li>
 *   <li>Rounding lives in {@link nl.besparingsmonitor.calculation.RoundingPolicy}.</li>
 *   <li>Warnings are Dutch, for finance officers; code and docs are English.</li>
 * </ul>
 */
package nl.besparingsmonitor.calculation;
