package nl.besparingsmonitor.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.besparingsmonitor.domain.DistributionKey;
import nl.besparingsmonitor.domain.KeyShare;
import nl.besparingsmonitor.domain.Municipality;
import nl.besparingsmonitor.domain.RegionMembership;
import nl.besparingsmonitor.ingest.xlsx.SheetCell;
import nl.besparingsmonitor.ingest.xlsx.SheetRow;
import nl.besparingsmonitor.ingest.xlsx.XlsxWorkbook;
import nl.besparingsmonitor.validation.DutchAmounts;
import nl.besparingsmonitor.validation.ValidationReport;

/**
 * Maps a {@code Verdeelsleutels} workbook. Shares may be typed as percentages (35 or 35%) or as
 * fractions (0,35); a key must add up to 100% within 0.01 percentage point.
 */
final class KeysReader {

    static final List<ColumnSpec> KEY_COLUMNS = List.of(
            ColumnSpec.required("Sleutel", "Verdeelsleutel", "Key", "Naam sleutel"),
            ColumnSpec.required("Gemeente", "Municipality", "Naam gemeente"),
            ColumnSpec.required("Code", "Gemeentecode", "CBS-code", "CBS code"),
            ColumnSpec.optional("Aandeel", "Percentage", "Share", "Aandeel %"),
            ColumnSpec.optional("Inwoners", "Aantal inwoners", "Inhabitants", "Population"));

    static final List<ColumnSpec> REGION_COLUMNS = List.of(
            ColumnSpec.required("Regio", "Region", "Naam regio"),
            ColumnSpec.required("Code", "Regiocode"),
            ColumnSpec.required("Gemeente", "Municipality"),
            ColumnSpec.required("Gemeentecode", "CBS-code", "CBS code"));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TOLERANCE_PCT = new BigDecimal("0.01");

    private KeysReader() {
    }

    static KeyFacts read(XlsxWorkbook workbook, WorkbookInfo info, ValidationReport report) {
        List<DistributionKey> keys = readKeys(workbook, info, report);
        Map<RegionMembership, String> memberCells = new LinkedHashMap<>();
        List<RegionMembership> members = readRegion(workbook, info, report, memberCells);
        warnMembersOutsideKeys(SheetNames.find(workbook, "Regio"), keys, memberCells, report);
        return new KeyFacts(keys, members);
    }

    /**
     * A member of the organisation's region (sheet Regio) that a key leaves out gets no part of what that key
     * splits, and nothing else says so: most often a row forgotten, or a municipality that joined later. Keys
     * for some members only exist, so it is a warning.
     */
    private static void warnMembersOutsideKeys(String sheet, List<DistributionKey> keys,
                                               Map<RegionMembership, String> memberCells, ValidationReport report) {
        for (DistributionKey key : keys) {
            Set<String> inKey = new HashSet<>();
            key.shares().forEach(s -> inKey.add(s.municipalityCode()));
            for (Map.Entry<RegionMembership, String> e : memberCells.entrySet()) {
                RegionMembership m = e.getKey();
                if (!m.regionCode().equalsIgnoreCase(key.organisationCode()) || inKey.contains(m.municipalityCode())) {
                    continue;
                }
                String name = m.municipalityName() == null ? m.municipalityCode() : m.municipalityName();
                report.warning(sheet, e.getValue(), "Lid ontbreekt in sleutel", m.municipalityCode(),
                        "een regel in sleutel '" + key.name() + "'",
                        name + " (" + m.municipalityCode() + ") is volgens blad Regio lid van " + m.regionName()
                                + ", maar staat niet in verdeelsleutel '" + key.name() + "'. " + name
                                + " krijgt geen deel van de bedragen die met deze sleutel worden verdeeld. Hoort "
                                + name + " erbij, vul dan het aandeel of het aantal inwoners in.");
            }
        }
    }

    /**
     * One row of a key. A row whose code is missing or invalid has {@code code} null and still counts its share
     * towards the key's 100% check: the shares the sender typed are what that check is about. The two
     * {@code unreadable} fields name a typed cell that held no valid share or count; it has its own error.
     * {@code percentSign}: the share was typed with a % sign, or is a number Excel shows as a percentage, so
     * {@code share} is a fraction already.
     */
    private record RawShare(String code, String name, BigDecimal share, boolean percentSign, Long inhabitants,
                            String unreadableShare, String unreadableInhabitants) {

        boolean usable() {
            return code != null && unreadableShare == null && unreadableInhabitants == null
                    && (share != null || inhabitants != null);
        }
    }

    private static List<DistributionKey> readKeys(XlsxWorkbook workbook, WorkbookInfo info, ValidationReport report) {
        List<DistributionKey> keys = new ArrayList<>();
        String sheet = ProposalsReader.requiredSheet(workbook, "Verdeelsleutels", report);
        if (sheet == null) {
            return keys;
        }
        DataTable table = DataTable.read(workbook.read(sheet), KEY_COLUMNS, false, report);
        if (table == null) {
            return keys;
        }
        TableHeader h = table.header();
        if (!h.has("Aandeel") && !h.has("Inwoners")) {
            DataTable.reportMissingColumn(sheet, h, "Aandeel of Inwoners",
                    "Blad '" + sheet + "' heeft een kolom 'Aandeel' of 'Inwoners' nodig.", report);
            return keys;
        }
        CellReader cells = new CellReader(sheet, report, BigDecimal.ONE, info.convention());
        Map<String, List<RawShare>> byKey = new LinkedHashMap<>();
        Map<String, String> firstCell = new LinkedHashMap<>();
        for (SheetRow row : table.dataRows()) {
            String key = cells.text(row, h, "Sleutel", true);
            String name = cells.text(row, h, "Gemeente", true);
            String code = MunicipalityRefs.normalise(cells.text(row, h, "Code", true));
            SheetCell codeCell = h.cell(row, "Code");
            if (code != null && !Municipality.isMunicipalityCode(code)) {
                report.error(sheet, codeCell.ref(), "Ongeldige gemeentecode", codeCell.display(), "een CBS-code zoals GM0406",
                        "Cel " + codeCell.ref() + " bevat geen geldige CBS-gemeentecode.");
                code = null;
            }
            SheetCell shareCell = h.cell(row, "Aandeel");
            SheetCell inhabitantsCell = h.cell(row, "Inwoners");
            BigDecimal share = shareCell == null ? null : share(shareCell, cells);
            Long inhabitants = inhabitantsCell == null ? null : inhabitants(inhabitantsCell, cells);
            if (shareCell == null && inhabitantsCell == null) {
                report.error(sheet, "A" + row.number(), "Aandeel ontbreekt", null, "een Aandeel of aantal Inwoners",
                        "Rij " + row.number() + " heeft geen Aandeel en geen aantal Inwoners.");
            }
            if (key == null || (shareCell == null && inhabitantsCell == null)) {
                continue;
            }
            SheetCell ref = shareCell != null ? shareCell : inhabitantsCell;
            boolean percentSign = share != null
                    && (shareCell.isNumber() ? shareCell.percentFormatted() : CellReader.text(shareCell).endsWith("%"));
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new RawShare(code, name, share, percentSign, inhabitants,
                    shareCell != null && share == null ? shareCell.ref() : null,
                    inhabitantsCell != null && inhabitants == null ? inhabitantsCell.ref() : null));
            firstCell.putIfAbsent(key, ref.ref());
        }
        byKey.forEach((name, raw) -> {
            DistributionKey key = toKey(info.organisation().code(), name, raw, sheet, firstCell.get(name), report);
            if (key != null) {
                keys.add(key);
            }
        });
        return keys;
    }

    private static DistributionKey toKey(String organisation, String name, List<RawShare> raw, String sheet,
                                         String cellRef, ValidationReport report) {
        // a row with a share typed but unreadable is still a row of shares, not of inhabitants
        boolean explicit = raw.stream().allMatch(r -> r.share() != null || r.unreadableShare() != null);
        boolean usable = raw.stream().allMatch(RawShare::usable);
        if (!explicit) {
            if (raw.stream().anyMatch(r -> r.inhabitants() == null && r.unreadableInhabitants() == null)) {
                report.error(sheet, cellRef, "Sleutel onvolledig", name, "voor elke gemeente een Aandeel of Inwoners",
                        "Sleutel '" + name + "' heeft niet voor elke gemeente een aandeel of een aantal inwoners.");
                return null;
            }
            return usable ? new DistributionKey(organisation, name,
                    raw.stream().map(r -> new KeyShare(r.code(), r.name(), null, r.inhabitants())).toList()) : null;
        }
        String unreadable = raw.stream().map(RawShare::unreadableShare).filter(Objects::nonNull)
                .findFirst().orElse(null);
        if (unreadable != null) {
            // the cell has its own error; a sum without it would call a key wrong that may be right
            report.warning(sheet, cellRef, "Sleutel niet te controleren", name, null,
                    "De aandelen van sleutel '" + name + "' kunnen niet worden opgeteld omdat cel " + unreadable
                            + " geen geldig aandeel bevat.");
            return null;
        }
        // Shares typed as 35 (percent) or as 0,35 (fraction): whichever makes the key add up to 100% is meant.
        // One typed with a % sign or shown as a percentage is a fraction already, also beside plain numbers
        // ('25,5%' above a 17).
        BigDecimal signed = raw.stream().filter(RawShare::percentSign).map(RawShare::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal plain = raw.stream().filter(r -> !r.percentSign()).map(RawShare::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal asFractions = signed.add(plain);
        BigDecimal asPercentages = signed.add(plain.movePointLeft(2));
        boolean percent = asPercentages.subtract(BigDecimal.ONE).abs().compareTo(asFractions.subtract(BigDecimal.ONE).abs()) < 0;
        BigDecimal sumPct = (percent ? asPercentages : asFractions).multiply(HUNDRED);
        if (sumPct.subtract(HUNDRED).abs().compareTo(TOLERANCE_PCT) > 0) {
            report.error(sheet, cellRef, "Sleutel telt niet op tot 100%", DutchAmounts.format(sumPct) + "%",
                    "100% (± 0,01%)", "De aandelen van sleutel '" + name + "' tellen op tot "
                            + DutchAmounts.format(sumPct) + "% in plaats van 100%.");
            return null;
        }
        if (!usable) {
            return null;
        }
        return new DistributionKey(organisation, name, raw.stream()
                .map(r -> new KeyShare(r.code(), r.name(), percent && !r.percentSign() ? r.share().movePointLeft(2) : r.share(),
                        r.inhabitants()))
                .toList());
    }

    private static BigDecimal share(SheetCell cell, CellReader cells) {
        if (cell.isNumber() && cell.dateFormatted()) {
            dateAsShare(cell, cells);
            return null;
        }
        BigDecimal value = cell.isNumber() ? cell.number() : DutchAmounts.parsePercentage(cell.display());
        if (value == null || value.signum() < 0) {
            cells.report().error(cells.sheet(), cell.ref(), "Ongeldig aandeel", cell.display(),
                    SHARE_EXPECTED, "Cel " + cell.ref() + " bevat geen geldig aandeel.");
            return null;
        }
        return value;
    }

    private static Long inhabitants(SheetCell cell, CellReader cells) {
        BigDecimal value = cell.isNumber() ? cell.number() : DutchAmounts.parsePercentage(cell.display());
        // More than ten times the Dutch population is no count of inhabitants (and would not fit a long).
        if (value == null || value.signum() <= 0 || value.stripTrailingZeros().scale() > 0
                || value.compareTo(MAX_INHABITANTS) > 0) {
            cells.report().error(cells.sheet(), cell.ref(), "Ongeldig aantal inwoners", cell.display(),
                    "een positief geheel getal tot 200.000.000",
                    "Cel " + cell.ref() + " bevat geen geldig aantal inwoners.");
            return null;
        }
        return value.longValueExact();
    }

    private static final BigDecimal MAX_INHABITANTS = BigDecimal.valueOf(200_000_000);
    private static final String SHARE_EXPECTED = "een percentage (35%) of fractie (0,35)";

    /**
     * A share that Excel shows as a date: in a Dutch Excel '12.5' becomes 12 May and '1/3' 1 March. Its day
     * number (some 46,000) would only show as a key that does not add up to 100%, without naming the cell.
     */
    private static void dateAsShare(SheetCell cell, CellReader cells) {
        String shown = CellReader.dateShown(cell);
        cells.report().error(cells.sheet(), cell.ref(), "Datum als aandeel", shown, SHARE_EXPECTED,
                "Cel " + cell.ref() + " is opgemaakt als datum en toont " + shown + "; een datum is geen aandeel. Excel "
                        + "maakt van invoer als 12.5 of 1/3 een datum. Geef de cel de opmaak Getal of Percentage en typ "
                        + "het aandeel opnieuw, met een komma als decimaalteken (12,5%).");
    }

    /** @param memberCells filled with each membership and its Gemeentecode cell */
    private static List<RegionMembership> readRegion(XlsxWorkbook workbook, WorkbookInfo info, ValidationReport report,
                                                     Map<RegionMembership, String> memberCells) {
        List<RegionMembership> members = new ArrayList<>();
        String sheet = SheetNames.find(workbook, "Regio");
        if (sheet == null) {
            return members;
        }
        DataTable table = DataTable.read(workbook.read(sheet), REGION_COLUMNS, false, report);
        if (table == null) {
            return members;
        }
        CellReader cells = new CellReader(sheet, report, BigDecimal.ONE, info.convention());
        TableHeader h = table.header();
        for (SheetRow row : table.dataRows()) {
            String region = cells.text(row, h, "Regio", true);
            String regionCode = cells.text(row, h, "Code", true);
            String name = cells.text(row, h, "Gemeente", true);
            String code = MunicipalityRefs.normalise(cells.text(row, h, "Gemeentecode", true));
            if (code != null && !Municipality.isMunicipalityCode(code)) {
                SheetCell c = h.cell(row, "Gemeentecode");
                report.error(sheet, c.ref(), "Ongeldige gemeentecode", c.display(), "een CBS-code zoals GM0406",
                        "Cel " + c.ref() + " bevat geen geldige CBS-gemeentecode.");
                continue;
            }
            if (region != null && regionCode != null && code != null) {
                RegionMembership member = new RegionMembership(regionCode.toUpperCase(java.util.Locale.ROOT), region, code, name);
                members.add(member);
                memberCells.putIfAbsent(member, h.cell(row, "Gemeentecode").ref());
            }
        }
        return members;
    }
}
