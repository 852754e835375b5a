package nl.besparingsmonitor.calculation;

import java.util.List;
import java.util.Objects;

import nl.besparingsmonitor.domain.Domain;

/** Finds single rows in a result; fails loudly when a row is missing or not unique. */
final class ResultQueries {

    private final CalculationResult result;

    ResultQueries(CalculationResult result) {
        this.result = result;
    }

    MeasureYearFigure figure(String measure, String municipality, int year) {
        return single(result.measureYearFigures().stream()
                .filter(f -> f.measureNumber().equals(measure) && Objects.equals(f.municipalityCode(), municipality)
                        && f.year() == year).toList(), measure + "/" + municipality + "/" + year);
    }

    MonitoringFigure monitoring(String measure, int year) {
        return single(result.monitoring().stream()
                .filter(m -> m.measureNumber().equals(measure) && m.year() == year).toList(), measure + "/" + year);
    }

    MonitoringFigure share(String measure, String municipality, int year) {
        return single(result.monitoringShares().stream()
                .filter(s -> s.figure().measureNumber().equals(measure) && s.municipalityCode().equals(municipality)
                        && s.figure().year() == year).map(MonitoringShare::figure).toList(),
                measure + "/" + municipality + "/" + year);
    }

    TargetCoverage coverage(Domain domain, int year) {
        return single(result.targetCoverages().stream()
                .filter(t -> t.domain() == domain && t.year() == year).toList(), domain + "/" + year);
    }

    Total total(TotalLevel level, String org, String municipality, Domain domain, String measure, Integer year) {
        return single(result.totals().stream()
                .filter(t -> t.level() == level && Objects.equals(t.organisationCode(), org)
                        && Objects.equals(t.municipalityCode(), municipality) && Objects.equals(t.domain(), domain)
                        && Objects.equals(t.measureNumber(), measure) && Objects.equals(t.year(), year))
                .toList(), level + " " + org + "/" + municipality + "/" + domain + "/" + measure + "/" + year);
    }

    Total organisationYear(String org, int year) {
        return total(TotalLevel.ORGANISATION_YEAR, org, null, null, null, year);
    }

    Total municipalityYear(String municipality, int year) {
        return total(TotalLevel.MUNICIPALITY_YEAR, null, municipality, null, null, year);
    }

    List<String> warningMessages() {
        return result.warnings().stream().map(CalculationWarning::message).toList();
    }

    private static <T> T single(List<T> rows, String what) {
        if (rows.size() != 1) {
            throw new AssertionError("expected one row for " + what + " but found " + rows.size() + ": " + rows);
        }
        return rows.get(0);
    }
}
