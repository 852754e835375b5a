package nl.besparingsmonitor.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import nl.besparingsmonitor.calculation.CalculationInput;
import nl.besparingsmonitor.changes.DeliveryVersion;
import nl.besparingsmonitor.calculation.OrganisationFacts;
import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.BookingTotal;
import nl.besparingsmonitor.domain.BudgetFigureKind;
import nl.besparingsmonitor.domain.BudgetHolder;
import nl.besparingsmonitor.domain.BudgetLine;
import nl.besparingsmonitor.domain.DistributionKey;
import nl.besparingsmonitor.domain.Domain;
import nl.besparingsmonitor.domain.FinancialLine;
import nl.besparingsmonitor.domain.KeyShare;
import nl.besparingsmonitor.domain.LineKind;
import nl.besparingsmonitor.domain.Measure;
import nl.besparingsmonitor.domain.MeasureNumbers;
import nl.besparingsmonitor.domain.MeasureStatus;
import nl.besparingsmonitor.domain.MeasureType;
import nl.besparingsmonitor.domain.Municipality;
import nl.besparingsmonitor.domain.Organisation;
import nl.besparingsmonitor.domain.Realisation;
import nl.besparingsmonitor.domain.RegionMembership;
import nl.besparingsmonitor.domain.Stand;
import nl.besparingsmonitor.domain.Target;
import nl.besparingsmonitor.domain.WorkbookKind;

/**
 * Loads the facts of every current (not superseded) workbook version into the calculation's input.
 * Municipality names typed in a Gemeente column are resolved to CBS codes here, once all keys and
 * memberships are known.
 */
@Repository
public class CurrentFacts {

    private final JdbcTemplate jdbc;

    public CurrentFacts(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    private record Version(long id, String organisation, String kind, LocalDate peildatum, Integer horizon) {
    }

    public CalculationInput load(int defaultHorizonYear, BigDecimal tolerance) {
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        jdbc.query("SELECT code, name FROM organisation ORDER BY code",
                rs -> {
                    organisations.put(rs.getString(1), new Organisation(rs.getString(1), rs.getString(2)));
                });
        List<Version> versions = jdbc.query(
                "SELECT id, organisation_code, kind, peildatum, horizon_year FROM workbook_version WHERE superseded = FALSE ORDER BY organisation_code, kind",
                (rs, n) -> new Version(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        (Integer) rs.getObject(5)));

        List<DistributionKey> keys = new ArrayList<>();
        List<RegionMembership> members = new ArrayList<>();
        Map<String, String> names = new TreeMap<>();
        organisations.values().stream().filter(Organisation::isMunicipality).forEach(o -> names.put(o.code(), o.name()));
        for (Version v : versions) {
            if (v.kind().equals("VERDEELSLEUTELS")) {
                keys.addAll(keys(v));
                members.addAll(members(v));
            }
        }
        keys.forEach(k -> k.shares().forEach(s -> names.putIfAbsent(s.municipalityCode(), s.municipalityName())));
        members.forEach(m -> names.putIfAbsent(m.municipalityCode(), m.municipalityName()));
        Map<String, String> codeByName = new HashMap<>();
        names.forEach((code, name) -> {
            if (name != null) {
                codeByName.put(simplify(name), code);
            }
        });

        Map<String, OrganisationFacts> facts = new LinkedHashMap<>();
        for (Organisation organisation : organisations.values()) {
            Version proposals = find(versions, organisation.code(), "VOORSTELLEN");
            Version realisation = find(versions, organisation.code(), "REALISATIE");
            if (proposals == null && realisation == null) {
                continue;
            }
            facts.put(organisation.code(), new OrganisationFacts(organisation,
                    proposals == null ? List.of() : measures(proposals.id()),
                    proposals == null ? List.of() : lines(proposals.id(), codeByName),
                    proposals == null ? List.of() : targets(proposals.id()),
                    proposals == null ? null : proposals.horizon(),
                    proposals == null ? null : proposals.peildatum(),
                    realisation == null ? List.of() : realisations(realisation.id(), codeByName),
                    realisation == null ? List.of() : budget(realisation.id()),
                    realisation == null ? List.of() : bookings(realisation.id()),
                    realisation == null ? null : realisation.peildatum()));
        }
        return new CalculationInput(new ArrayList<>(facts.values()), keys, members, names, defaultHorizonYear, tolerance);
    }

    /** For every current version that has a predecessor: the pair (previous, current). */
    public List<VersionPair> currentWithPrevious() {
        List<VersionPair> pairs = new ArrayList<>();
        List<Map<String, Object>> current = jdbc.queryForList(
                "SELECT id, organisation_code, kind FROM workbook_version WHERE superseded = FALSE ORDER BY organisation_code, kind");
        for (Map<String, Object> row : current) {
            long id = ((Number) row.get("ID")).longValue();
            List<Long> previous = jdbc.queryForList(
                    "SELECT id FROM workbook_version WHERE organisation_code = ? AND kind = ? AND superseded = TRUE AND id <> ? "
                            + "ORDER BY peildatum DESC, id DESC", Long.class, row.get("ORGANISATION_CODE"), row.get("KIND"), id);
            if (!previous.isEmpty()) {
                pairs.add(new VersionPair(previous.get(0), id));
            }
        }
        return pairs;
    }

    public record VersionPair(long previousId, long currentId) {
    }

    /** The facts of one stored version, current or superseded. */
    public DeliveryVersion loadVersion(long versionId) {
        Map<String, Object> v = jdbc.queryForMap(
                "SELECT v.organisation_code, o.name, v.kind, v.peildatum, v.file_name, v.horizon_year FROM workbook_version v "
                        + "JOIN organisation o ON o.code = v.organisation_code WHERE v.id = ?", versionId);
        WorkbookKind kind = WorkbookKind.valueOf((String) v.get("KIND"));
        Organisation organisation = new Organisation((String) v.get("ORGANISATION_CODE"), (String) v.get("NAME"));
        LocalDate peildatum = ((java.sql.Date) v.get("PEILDATUM")).toLocalDate();
        Object horizon = v.get("HORIZON_YEAR");
        Map<String, String> none = Map.of();
        return new DeliveryVersion(organisation, kind, peildatum, (String) v.get("FILE_NAME"),
                measures(versionId), lines(versionId, none), targets(versionId),
                horizon == null ? null : ((Number) horizon).intValue(),
                realisations(versionId, none), budget(versionId), bookings(versionId),
                keys(versionId, organisation.code()));
    }

    private static Version find(List<Version> versions, String organisation, String kind) {
        return versions.stream().filter(v -> v.organisation().equals(organisation) && v.kind().equals(kind))
                .findFirst().orElse(null);
    }

    /** Names compare without case, accents, the word "gemeente" and spaces. */
    static String simplify(String name) {
        return nl.besparingsmonitor.validation.HeaderNames.normalise(name).replaceFirst("^gemeente ", "")
                .replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static String resolve(String municipality, Map<String, String> codeByName) {
        if (municipality == null || Municipality.isMunicipalityCode(municipality)) {
            return municipality;
        }
        return codeByName.getOrDefault(simplify(municipality), municipality);
    }

    private List<Measure> measures(long version) {
        List<Measure> measures = new ArrayList<>(jdbc.query("SELECT * FROM measure WHERE version_id = ?", (rs, n) -> new Measure(
                rs.getString("number"), rs.getString("name"), Domain.valueOf(rs.getString("domain")),
                MeasureStatus.valueOf(rs.getString("status")), rs.getString("category"),
                MeasureType.valueOf(rs.getString("measure_type")), date(rs.getDate("start_date")),
                date(rs.getDate("end_date")), rs.getString("key_name"), rs.getString("explanation")), version));
        // in Java, not ORDER BY: 2 before 10, and the same order on HSQLDB and PostgreSQL whatever the collation
        measures.sort(Comparator.comparing(Measure::number, MeasureNumbers.ORDER));
        return measures;
    }

    private List<FinancialLine> lines(long version, Map<String, String> codeByName) {
        return jdbc.query("SELECT * FROM financial_line WHERE version_id = ?", (rs, n) -> new FinancialLine(
                rs.getString("measure_number"), LineKind.valueOf(rs.getString("kind")), rs.getString("post"),
                BudgetHolder.valueOf(rs.getString("budget_holder")), resolve(rs.getString("municipality"), codeByName),
                (Integer) rs.getObject("fact_year"), amount(rs.getBigDecimal("amount"), rs.getBoolean("amount_unknown")),
                date(rs.getDate("start_date")), date(rs.getDate("end_date"))), version);
    }

    private List<Target> targets(long version) {
        return jdbc.query("SELECT * FROM target WHERE version_id = ?", (rs, n) -> new Target(
                Domain.valueOf(rs.getString("domain")), rs.getInt("fact_year"),
                amount(rs.getBigDecimal("amount"), rs.getBoolean("amount_unknown"))), version);
    }

    private List<Realisation> realisations(long version, Map<String, String> codeByName) {
        return jdbc.query("SELECT * FROM realisation WHERE version_id = ?", (rs, n) -> new Realisation(
                rs.getString("measure_number"), LineKind.valueOf(rs.getString("kind")), Stand.valueOf(rs.getString("stand")),
                resolve(rs.getString("municipality"), codeByName), rs.getInt("fact_year"),
                amount(rs.getBigDecimal("amount"), rs.getBoolean("amount_unknown"))), version);
    }

    private List<BudgetLine> budget(long version) {
        return jdbc.query("SELECT * FROM budget_line WHERE version_id = ?", (rs, n) -> new BudgetLine(
                rs.getString("post"), Domain.valueOf(rs.getString("domain")), BudgetFigureKind.valueOf(rs.getString("figure")),
                rs.getInt("fact_year"), amount(rs.getBigDecimal("amount"), rs.getBoolean("amount_unknown"))), version);
    }

    private List<BookingTotal> bookings(long version) {
        return jdbc.query("SELECT * FROM booking_total WHERE version_id = ?", (rs, n) -> new BookingTotal(
                rs.getString("measure_number"), LineKind.valueOf(rs.getString("kind")), rs.getInt("fact_year"),
                rs.getBigDecimal("amount"), rs.getLong("bookings")), version);
    }

    private List<DistributionKey> keys(Version v) {
        return keys(v.id(), v.organisation());
    }

    private List<DistributionKey> keys(long versionId, String organisation) {
        Map<String, List<KeyShare>> byKey = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM key_share WHERE version_id = ? ORDER BY key_name, municipality_code", rs -> {
            Object inhabitants = rs.getObject("inhabitants");
            byKey.computeIfAbsent(rs.getString("key_name"), k -> new ArrayList<>()).add(new KeyShare(
                    rs.getString("municipality_code"), rs.getString("municipality_name"), rs.getBigDecimal("share"),
                    inhabitants == null ? null : ((Number) inhabitants).longValue()));
        }, versionId);
        List<DistributionKey> keys = new ArrayList<>();
        byKey.forEach((name, shares) -> keys.add(new DistributionKey(organisation, name, shares)));
        return keys;
    }

    private List<RegionMembership> members(Version v) {
        return jdbc.query("SELECT * FROM region_member WHERE version_id = ?", (rs, n) -> new RegionMembership(
                rs.getString("region_code"), rs.getString("region_name"), rs.getString("municipality_code"),
                rs.getString("municipality_name")), v.id());
    }

    private static Amount amount(BigDecimal value, boolean unknown) {
        return new Amount(value.stripTrailingZeros(), unknown);
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
