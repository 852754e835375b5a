package nl.besparingsmonitor.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

import nl.besparingsmonitor.calculation.Total;
import nl.besparingsmonitor.domain.Organisation;
import nl.besparingsmonitor.report.ReportStyles.Style;

/**
 * Sheet {@value ReportLayout#SAMENVATTING}: per organisation and year, then per municipality and
 * year (its own measures plus its share of regional ones), both grouped by region with region and
 * overall totals. An organisation or municipality that belongs to several regions is listed under
 * the first only, so that the overall total counts it once.
 */
final class SummarySheet {

    private final ReportModel model;

    SummarySheet(ReportModel model) {
        this.model = model;
    }

    void write(SheetWriter w, Workbook wb) {
        w.measureHeaders(ReportLayout.SUMMARY_COLUMNS);
        int lastCol = ReportLayout.SUMMARY_COLUMNS.size() - 1;
        SummaryTable table = new SummaryTable(w, model.context().tolerance());
        SummaryTable.Range organisations = table.write(organisationGroups(), "Totaal alle organisaties",
                year -> {
                    Total t = model.yearTotal(year);
                    return t == null ? null : SummaryLine.of(t);
                });
        w.autoFilter(ReportLayout.HEADER_ROW, organisations.last(), lastCol);
        DefinedNames.define(wb, "Samenvatting_Organisaties", w.sheet(), ReportLayout.HEADER_ROW, organisations.last(), lastCol);

        w.section("Per gemeente: eigen maatregelen plus aandeel in regionale maatregelen");
        Row note = w.row();
        // short enough to stay within the table's width: a streamed row cannot be given a height afterwards
        w.label(note, 0, "Ook gerealiseerd en verwacht: regionale realisaties verdeeld zoals gepland (gemeente uit de "
                + "regel, anders de verdeelsleutel).", Style.SUBTITLE);
        int header = w.nextRow();
        w.header(ReportLayout.SUMMARY_COLUMNS);
        SummaryTable.Range municipalities = table.write(municipalityGroups(), "Totaal alle gemeenten", null);
        DefinedNames.define(wb, "Samenvatting_Gemeenten", w.sheet(), header, municipalities.last(), lastCol);

        int col = SummaryTable.statusColumn();
        StatusFormatting.apply(w.sheet(), col, organisations.first(), municipalities.last());
        w.fitColumns(ReportLayout.SUMMARY_COLUMNS.size());
    }

    private List<SummaryTable.Group> organisationGroups() {
        Set<String> placed = new LinkedHashSet<>();
        List<SummaryTable.Group> groups = new ArrayList<>();
        List<String> all = model.organisations().stream().map(Organisation::code).toList();
        for (ReportModel.Region region : model.regionList()) {
            List<String> codes = new ArrayList<>();
            codes.add(region.code());
            codes.addAll(region.members());
            group(groups, region.name(), codes.stream().filter(all::contains).filter(placed::add).toList(), false);
        }
        group(groups, "Overige organisaties", all.stream().filter(placed::add).toList(), false);
        return groups;
    }

    private List<SummaryTable.Group> municipalityGroups() {
        Set<String> placed = new LinkedHashSet<>();
        List<SummaryTable.Group> groups = new ArrayList<>();
        List<String> all = model.municipalityList();
        for (ReportModel.Region region : model.regionList()) {
            group(groups, region.name(), region.members().stream().filter(all::contains).filter(placed::add).toList(), true);
        }
        group(groups, "Gemeenten zonder regio", all.stream().filter(placed::add).toList(), true);
        return groups;
    }

    private void group(List<SummaryTable.Group> groups, String name, List<String> codes, boolean municipalities) {
        List<SummaryTable.Member> members = new ArrayList<>();
        for (String code : codes) {
            List<SummaryLine> lines = new ArrayList<>();
            for (int year : model.years()) {
                SummaryLine line = municipalities ? municipalityLine(code, year) : organisationLine(code, year);
                if (line != null) {
                    lines.add(line);
                }
            }
            if (!lines.isEmpty()) {
                String display = municipalities ? model.municipalityName(code) : model.organisationName(code);
                members.add(new SummaryTable.Member(code, display, lines));
            }
        }
        if (!members.isEmpty()) {
            groups.add(new SummaryTable.Group(name, members));
        }
    }

    private SummaryLine organisationLine(String code, int year) {
        Total t = model.organisationYear(code, year);
        return t == null ? null : SummaryLine.of(t);
    }

    private SummaryLine municipalityLine(String code, int year) {
        Total t = model.municipalityYear(code, year);
        if (t == null) {
            return null;
        }
        return SummaryLine.ofMunicipality(t);
    }
}
