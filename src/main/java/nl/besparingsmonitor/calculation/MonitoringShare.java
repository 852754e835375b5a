package nl.besparingsmonitor.calculation;

/**
 * One municipality's part of an adopted measure's monitoring in one year: its planned share next to
 * its share of what was realised and expected, split the way the plan was (domain rule 5).
 *
 * @param municipalityCode the municipality the part belongs to
 * @param figure the part, as a figure of the measure's own organisation; its amounts are the
 *               municipality's share and its variance and status compare those shares
 */
public record MonitoringShare(String municipalityCode, MonitoringFigure figure) {
}
