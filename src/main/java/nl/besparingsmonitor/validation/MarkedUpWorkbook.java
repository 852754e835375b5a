package nl.besparingsmonitor.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.besparingsmonitor.excel.InertText;

/**
 * A copy of the sender's own workbook with every problem marked in place: a red (error) or orange
 * (warning) fill and a Dutch comment on the cell, and a first sheet {@code Terugkoppeling} that lists
 * all problems with a link to each cell. The sender fixes the marked cells and drops the file again.
 *
 * <p>The original is only read (from a stream); the copy is written under a temporary name and
 * renamed. Only files up to a size limit are copied: the usermodel needs the whole workbook in memory.
 */
public final class MarkedUpWorkbook {

    private static final String LIST_SHEET = "Terugkoppeling";

    private MarkedUpWorkbook() {
    }

    /** Writes {@code <file name>.gemarkeerd.xlsx} into the folder and returns it. */
    public static Path write(Path original, Path folder, String fileName, List<ValidationIssue> issues) throws IOException {
        Files.createDirectories(folder);
        Path target = target(folder, fileName);
        Path temp = Files.createTempFile(folder, ".gemarkeerd", ".tmp");
        try (InputStream in = Files.newInputStream(original); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            // A macro-enabled original must not become a macro-carrying copy.
            if (wb.isMacroEnabled()) {
                wb.setWorkbookType(org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSX);
            }
            Marker marker = new Marker(wb);
            for (ValidationIssue issue : issues) {
                marker.mark(issue);
            }
            writeList(wb, issues);
            try (OutputStream out = Files.newOutputStream(temp)) {
                wb.write(out);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /**
     * Removes the marked copy of an earlier delivery under the same name, when this one gets none: next to
     * feedback that says no copy was made, it would show the old delivery's problems as this one's.
     */
    public static void removeEarlier(Path folder, String fileName) throws IOException {
        Files.deleteIfExists(target(folder, fileName));
    }

    private static Path target(Path folder, String fileName) {
        return folder.resolve(InertText.safeFileName(fileName) + ".gemarkeerd.xlsx");
    }

    /** Colours cells and adds comments, reusing one style per original style and severity. */
    private static final class Marker {
        private final XSSFWorkbook wb;
        private final CreationHelper helper;
        private final Map<String, CellStyle> styles = new HashMap<>();
        private final Map<String, Drawing<?>> drawings = new HashMap<>();
        private final Map<String, StringBuilder> texts = new HashMap<>();

        Marker(XSSFWorkbook wb) {
            this.wb = wb;
            this.helper = wb.getCreationHelper();
        }

        void mark(ValidationIssue issue) {
            if (issue.sheet() == null || issue.cell() == null) {
                return;
            }
            Sheet sheet = wb.getSheet(issue.sheet());
            if (sheet == null) {
                return;
            }
            CellReference ref = new CellReference(issue.cell());
            Row row = sheet.getRow(ref.getRow());
            if (row == null) {
                row = sheet.createRow(ref.getRow());
            }
            Cell cell = row.getCell(ref.getCol());
            if (cell == null) {
                cell = row.createCell(ref.getCol());
            }
            boolean error = issue.isError();
            String key = sheet.getSheetName() + "!" + issue.cell();
            CellStyle current = cell.getCellStyle();
            // An error wins over a warning on the same cell.
            if (error || !Boolean.TRUE.equals(isError(current))) {
                cell.setCellStyle(style(current, error));
            }
            StringBuilder text = texts.computeIfAbsent(key, k -> new StringBuilder());
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(issue.severity().label().toUpperCase()).append(" - ").append(issue.rule()).append('\n')
                    .append(issue.message());
            if (issue.value() != null) {
                text.append("\nGevonden: ").append(issue.value());
            }
            if (issue.expected() != null) {
                text.append("\nVerwacht: ").append(issue.expected());
            }
            Comment comment = cell.getCellComment();
            if (comment == null) {
                Drawing<?> drawing = drawings.computeIfAbsent(sheet.getSheetName(), n -> sheet.createDrawingPatriarch());
                ClientAnchor anchor = helper.createClientAnchor();
                anchor.setCol1(cell.getColumnIndex() + 1);
                anchor.setCol2(cell.getColumnIndex() + 5);
                anchor.setRow1(row.getRowNum());
                anchor.setRow2(row.getRowNum() + 6);
                comment = drawing.createCellComment(anchor);
                comment.setAuthor("Besparingsmonitor");
                cell.setCellComment(comment);
            }
            comment.setString(helper.createRichTextString(text.toString()));
        }

        private Boolean isError(CellStyle style) {
            for (Map.Entry<String, CellStyle> e : styles.entrySet()) {
                if (e.getValue().getIndex() == style.getIndex()) {
                    return e.getKey().endsWith(":E");
                }
            }
            return null;
        }

        private CellStyle style(CellStyle original, boolean error) {
            return styles.computeIfAbsent(original.getIndex() + (error ? ":E" : ":W"), k -> {
                CellStyle s = wb.createCellStyle();
                s.cloneStyleFrom(original);
                s.setFillForegroundColor(error ? IndexedColors.RED.getIndex() : IndexedColors.LIGHT_ORANGE.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return s;
            });
        }
    }

    private static void writeList(XSSFWorkbook wb, List<ValidationIssue> issues) {
        String name = LIST_SHEET;
        for (int i = 2; wb.getSheet(name) != null; i++) {
            name = LIST_SHEET + " (" + i + ")";
        }
        Sheet list = wb.createSheet(name);
        wb.setSheetOrder(name, 0);
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        for (int i = 1; i < wb.getNumberOfSheets(); i++) {
            wb.getSheetAt(i).setSelected(false);
        }
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle link = wb.createCellStyle();
        Font linkFont = wb.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        link.setFont(linkFont);
        CellStyle quoted = wb.createCellStyle();
        quoted.setQuotePrefixed(true);

        Row title = list.createRow(0);
        title.createCell(0).setCellValue("Meldingen bij dit bestand: klik op een cel om naar de plek te gaan. Rood = fout, oranje = waarschuwing.");
        title.getCell(0).setCellStyle(bold);
        IssueTable.write(list, 2, issues, bold, quoted, (cellRef, issue) -> {
            if (issue.sheet() != null && issue.cell() != null && wb.getSheet(issue.sheet()) != null) {
                cellRef.setCellValue(issue.cell());
                Hyperlink hyperlink = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                hyperlink.setAddress("'" + issue.sheet().replace("'", "''") + "'!" + issue.cell());
                cellRef.setHyperlink(hyperlink);
                cellRef.setCellStyle(link);
            } else {
                InertText.set(cellRef, issue.cell() == null ? "(geen cel)" : issue.cell(), quoted);
            }
        });
    }
}
