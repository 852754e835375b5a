package nl.besparingsmonitor.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import nl.besparingsmonitor.calculation.CalculationInput;
import nl.besparingsmonitor.calculation.CalculationResult;
import nl.besparingsmonitor.calculation.MeasureYearFigure;
import nl.besparingsmonitor.calculation.MonitoringShare;
import nl.besparingsmonitor.calculation.OrganisationFacts;
import nl.besparingsmonitor.calculation.TargetCoverage;
import nl.besparingsmonitor.calculation.Total;
import nl.besparingsmonitor.calculation.TotalLevel;
import nl.besparingsmonitor.domain.Measure;

/**
 * Narrows a run's report context to one municipality, so that the sheet writers of the consolidated
 * report can write its extract unchanged: its own facts, the measures of other organisations that
 * have amounts for it (with those amounts only: its share), its part of their monitoring, its own
 * targets, and its totals.
 *
 * <p>Figures are indexed once per run, so that narrowing for each of 342 municipalities does not
 * scan every figure of the run again.
 */
final class MunicipalityScope {

    private final ReportContext context;
    private final Map<String, OrganisationFacts> facts = new LinkedHashMap<>();
    private final Map<String, List<MeasureYearFigure>> figuresByMunicipality;
    private final Map<String, List<MonitoringShare>> monitoringByMunicipality;
    private final Map<String, List<TargetCoverage>> coveragesByOrganisation;
    private final Map<String, List<Total>> totalsByMunicipality = new HashMap<>();

    MunicipalityScope(ReportContext context) {
        this.context = context;
        context.input().organisations().forEach(f -> facts.put(f.organisation().code(), f));
        CalculationResult r = context.result();
        figuresByMunicipality = group(r.measureYearFigures(), MeasureYearFigure::municipalityCode);
        monitoringByMunicipality = group(r.monitoringShares(), MonitoringShare::municipalityCode);
        coveragesByOrganisation = group(r.targetCoverages(), TargetCoverage::organisationCode);
        for (Total t : r.totals()) {
            // A municipality's own totals as an organisation, and its totals across organisations.
            String code = t.level() == TotalLevel.MUNICIPALITY_YEAR ? t.municipalityCode()
                    : t.municipalityCode() == null ? t.organisationCode() : null;
            if (code != null) {
                totalsByMunicipality.computeIfAbsent(code, k -> new ArrayList<>()).add(t);
            }
        }
    }

    /** The context of {@code municipality}'s extract; files and comparisons of other organisations are left out. */
    ReportContext contextFor(String municipality) {
        List<MeasureYearFigure> figures = figuresByMunicipality.getOrDefault(municipality, List.of());
        Map<String, Set<String>> measuresWithFigures = new LinkedHashMap<>();
        for (MeasureYearFigure f : figures) {
            measuresWithFigures.computeIfAbsent(f.organisationCode(), k -> new LinkedHashSet<>()).add(f.measureNumber());
        }
        List<OrganisationFacts> organisations = new ArrayList<>();
        OrganisationFacts own = facts.get(municipality);
        if (own != null) {
            organisations.add(own);
        }
        measuresWithFigures.forEach((organisation, numbers) -> {
            OrganisationFacts f = facts.get(organisation);
            if (f != null && !organisation.equals(municipality)) {
                organisations.add(sharesOnly(f, numbers));
            }
        });
        Set<String> codes = new LinkedHashSet<>();
        organisations.forEach(f -> codes.add(f.organisation().code()));

        CalculationInput all = context.input();
        String name = all.municipalityNames().get(municipality);
        // Keys stay out: their members would make every member of the region a municipality of the extract.
        CalculationInput input = new CalculationInput(organisations, List.of(),
                all.memberships().stream().filter(m -> municipality.equals(m.municipalityCode())).toList(),
                name == null ? Map.of() : Map.of(municipality, name), all.defaultHorizonYear(), all.tolerance());
        CalculationResult r = context.result();
        List<MonitoringShare> shares = monitoringByMunicipality.getOrDefault(municipality, List.of());
        CalculationResult result = new CalculationResult(figures,
                shares.stream().map(MonitoringShare::figure).toList(), shares,
                coveragesByOrganisation.getOrDefault(municipality, List.of()),
                List.of(), List.of(), totalsByMunicipality.getOrDefault(municipality, List.of()),
                r.warnings().stream().filter(w -> municipality.equals(w.organisationCode())).toList());
        return new ReportContext(context.runId(), context.runTime(), input, result,
                context.files().stream().filter(f -> codes.contains(f.organisationCode())).toList(),
                context.tolerance(), context.programVersion(), List.of(),
                context.currentFiles().stream().filter(f -> codes.contains(f.organisationCode())).toList(), List.of());
    }

    /** A regional organisation's facts with only the measures that reach this municipality, and no amounts of its own. */
    private static OrganisationFacts sharesOnly(OrganisationFacts f, Set<String> numbers) {
        List<Measure> measures = f.measures().stream().filter(m -> numbers.contains(m.number())).toList();
        return new OrganisationFacts(f.organisation(), measures, List.of(), List.of(), f.horizonYear(),
                f.proposalsPeildatum(), List.of(), List.of(), List.of(), f.realisationPeildatum());
    }

    private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> code) {
        Map<String, List<T>> map = new HashMap<>();
        for (T item : items) {
            String c = code.apply(item);
            if (c != null) {
                map.computeIfAbsent(c, k -> new ArrayList<>()).add(item);
            }
        }
        return map;
    }
}
