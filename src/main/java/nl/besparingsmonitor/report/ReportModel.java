package nl.besparingsmonitor.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import nl.besparingsmonitor.calculation.CalculationResult;
import nl.besparingsmonitor.calculation.MonitoringFigure;
import nl.besparingsmonitor.calculation.OrganisationFacts;
import nl.besparingsmonitor.calculation.Total;
import nl.besparingsmonitor.calculation.TotalLevel;
import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.DistributionKey;
import nl.besparingsmonitor.domain.DutchTime;
import nl.besparingsmonitor.domain.KeyShare;
import nl.besparingsmonitor.domain.Measure;
import nl.besparingsmonitor.domain.Municipality;
import nl.besparingsmonitor.domain.Organisation;
import nl.besparingsmonitor.domain.RegionMembership;

/**
 * Lookups over a {@link ReportContext} that several sheets need: the years shown, names, regions and
 * their members, and totals by organisation, municipality and year. It only looks things up; every
 * figure comes from the calculation.
 */
final class ReportModel {

    /** A region and its member municipalities, from memberships, keys and regional organisations. */
    record Region(String code, String name, List<String> members) {
    }

    private record TotalKey(TotalLevel level, String organisation, String municipality, Integer year) {
    }

    private final ReportContext context;
    private final List<Integer> years;
    private final Map<String, Organisation> organisations = new LinkedHashMap<>();
    private final Map<String, Map<String, Measure>> measures = new HashMap<>();
    private final Map<TotalKey, Total> totals = new HashMap<>();
    /** Per year, the planned net effect of the measures that have a realisation or a forecast in it. */
    private final Map<Integer, Amount> plannedMonitored = new HashMap<>();
    private final List<Region> regions;
    private final List<String> municipalities;
    private final LocalDate reportDate;

    ReportModel(ReportContext context) {
        this(context, null);
    }

    /**
     * @param reportDate the report's Peildatum, or null to derive it from the files of the run; an
     *                   extract carries the date of the consolidated report it was made with
     */
    ReportModel(ReportContext context, LocalDate reportDate) {
        this.context = context;
        for (OrganisationFacts f : context.input().organisations()) {
            organisations.put(f.organisation().code(), f.organisation());
            Map<String, Measure> own = measures.computeIfAbsent(f.organisation().code(), k -> new LinkedHashMap<>());
            f.measures().forEach(m -> own.putIfAbsent(m.number(), m));
        }
        CalculationResult r = context.result();
        for (Total t : r.totals()) {
            if (t.domain() == null && t.measureNumber() == null) {
                totals.put(new TotalKey(t.level(), t.organisationCode(), t.municipalityCode(), t.year()), t);
            }
        }
        for (MonitoringFigure m : r.monitoring()) {
            if (m.realised() != null || m.expected() != null) {
                plannedMonitored.merge(m.year(), m.planned(), Amount::plus);
            }
        }
        TreeSet<Integer> ys = new TreeSet<>();
        r.measureYearFigures().forEach(f -> ys.add(f.year()));
        r.monitoring().forEach(m -> ys.add(m.year()));
        r.targetCoverages().forEach(t -> ys.add(t.year()));
        r.budgetSaldi().forEach(b -> ys.add(b.year()));
        this.years = List.copyOf(ys);
        this.regions = regions();
        this.municipalities = municipalities();
        this.reportDate = reportDate == null ? newestPeildatum(context) : reportDate;
    }

    ReportContext context() {
        return context;
    }

    CalculationResult result() {
        return context.result();
    }

    List<Integer> years() {
        return years;
    }

    List<Organisation> organisations() {
        return List.copyOf(organisations.values());
    }

    String organisationName(String code) {
        Organisation o = organisations.get(code);
        if (o != null && o.name() != null) {
            return o.name();
        }
        return Municipality.isMunicipalityCode(code) ? municipalityName(code) : code;
    }

    /** "Huizen" for GM0406: the short name municipal sheets and rows use. */
    String municipalityName(String code) {
        String name = context.input().municipalityNames().get(code);
        if (name == null && organisations.containsKey(code)) {
            name = organisations.get(code).name();
        }
        if (name == null || name.isBlank()) {
            return code;
        }
        return Municipality.shortName(name);
    }

    Measure measure(String organisation, String number) {
        return measures.getOrDefault(organisation, Map.of()).get(number);
    }

    List<Region> regionList() {
        return regions;
    }

    /** Every municipality the report knows of, by code. */
    List<String> municipalityList() {
        return municipalities;
    }

    Total organisationYear(String organisation, int year) {
        return totals.get(new TotalKey(TotalLevel.ORGANISATION_YEAR, organisation, null, year));
    }

    Total organisationTotal(String organisation) {
        return totals.get(new TotalKey(TotalLevel.ORGANISATION, organisation, null, null));
    }

    Total municipalityYear(String municipality, int year) {
        return totals.get(new TotalKey(TotalLevel.MUNICIPALITY_YEAR, null, municipality, year));
    }

    Total yearTotal(int year) {
        return totals.get(new TotalKey(TotalLevel.YEAR, null, null, year));
    }

    /**
     * The planned side of what the year's realised and expected figures can be compared with: the
     * planned net effect of only the measures that have a realisation or a forecast in that year (the
     * base of the monitoring variance). Null when no measure has either.
     */
    Amount plannedMonitored(int year) {
        return plannedMonitored.get(year);
    }

    LocalDate reportDate() {
        return reportDate;
    }

    /**
     * The newest Peildatum of the facts the report shows (all current deliveries, not only this run's
     * files, so the same facts always give the same report name), else the run date.
     */
    private static LocalDate newestPeildatum(ReportContext context) {
        return context.input().organisations().stream()
                .flatMap(f -> java.util.stream.Stream.of(f.proposalsPeildatum(), f.realisationPeildatum()))
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(LocalDate.ofInstant(context.runTime(), DutchTime.ZONE));
    }

    private List<Region> regions() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Organisation o : organisations.values()) {
            if (!o.isMunicipality()) {
                names.put(o.code(), o.name() == null ? o.code() : o.name());
                members.put(o.code(), new ArrayList<>());
            }
        }
        for (RegionMembership m : context.input().memberships()) {
            names.putIfAbsent(m.regionCode(), m.regionName() == null ? m.regionCode() : m.regionName());
            addMember(members, m.regionCode(), m.municipalityCode());
        }
        for (DistributionKey k : context.input().keys()) {
            if (!Municipality.isMunicipalityCode(k.organisationCode())) {
                names.putIfAbsent(k.organisationCode(), organisationName(k.organisationCode()));
                for (KeyShare s : k.shares()) {
                    addMember(members, k.organisationCode(), s.municipalityCode());
                }
            }
        }
        List<Region> list = new ArrayList<>();
        names.forEach((code, name) -> list.add(new Region(code, name, List.copyOf(members.getOrDefault(code, List.of())))));
        return List.copyOf(list);
    }

    private static void addMember(Map<String, List<String>> members, String region, String municipality) {
        List<String> list = members.computeIfAbsent(region, k -> new ArrayList<>());
        if (municipality != null && !list.contains(municipality)) {
            list.add(municipality);
        }
    }

    private List<String> municipalities() {
        TreeSet<String> codes = new TreeSet<>();
        organisations.keySet().stream().filter(Municipality::isMunicipalityCode).forEach(codes::add);
        regions.forEach(r -> codes.addAll(r.members()));
        context.result().totals().stream().filter(t -> t.level() == TotalLevel.MUNICIPALITY_YEAR)
                .forEach(t -> codes.add(t.municipalityCode()));
        codes.removeIf(c -> !Municipality.isMunicipalityCode(c));
        return List.copyOf(codes);
    }
}
