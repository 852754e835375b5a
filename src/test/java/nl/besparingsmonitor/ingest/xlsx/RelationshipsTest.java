package nl.besparingsmonitor.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelationshipsTest {

    @Test
    void targetsResolveAgainstTheFolderOfTheirPartAndNeverAboveThePackageRoot() {
        assertThat(Relationships.resolve("xl/workbook.xml", "worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(Relationships.resolve("xl/workbook.xml", "/xl/styles.xml")).isEqualTo("xl/styles.xml");
        assertThat(Relationships.resolve("", "xl/workbook.xml")).isEqualTo("xl/workbook.xml");
        assertThat(Relationships.resolve("xl/workbook.xml", "./../xl/./worksheets/sheet2.xml")).isEqualTo("xl/worksheets/sheet2.xml");
        assertThat(Relationships.resolve("xl/workbook.xml", "../../../etc/passwd")).isEqualTo("etc/passwd");
        assertThat(Relationships.resolve("xl/workbook.xml", "worksheets/blad%201+2.xml")).isEqualTo("xl/worksheets/blad 1+2.xml");
        assertThat(Relationships.resolve("xl/workbook.xml", "worksheets/%zz.xml")).isEqualTo("xl/worksheets/%zz.xml");
    }

    @Test
    void aPartsRelationshipsLiveInTheRelsFolderNextToIt() {
        assertThat(Relationships.relationshipsPart("")).isEqualTo("_rels/.rels");
        assertThat(Relationships.relationshipsPart("xl/workbook.xml")).isEqualTo("xl/_rels/workbook.xml.rels");
    }
}
