package nl.besparingsmonitor.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a synthetic, valid input set (input-contract.md version 1) for the benchmark: per
 * municipality a {@code Voorstellen} and a {@code Realisatie} workbook, per region a
 * {@code Verdeelsleutels} and a {@code Voorstellen} workbook. Everything is drawn from
 * {@link Random}s seeded from the config seed and the organisation, so the same config gives the
 * same cells, and one file can be regenerated on its own.
 *
 * <p>Workbooks are written with SXSSF (streaming, a window of rows in memory) and a shared strings
 * table, as Excel itself stores text. Amounts are numeric cells with at most two decimals; every
 * booking amount is chosen so that the text POI writes ({@link Double#toString}) is exactly that
 * two-decimal value, so the sums kept in {@link BookingLedger} are exactly what a correct ingest stores.
 *
 * <p>Bookings are dated 1 January 2025 to the Peildatum (31 January 2026) and only book on adopted
 * measures; the Realisatie sheet's Gerealiseerd rows are for 2024, so they never act as control
 * totals of the bookings.
 */
public final class BenchmarkGenerator {

    public static final List<Integer> YEARS = List.of(2024, 2025, 2026, 2027, 2028);
    public static final LocalDate PROPOSALS_PEILDATUM = LocalDate.of(2025, 10, 31);
    public static final LocalDate REALISATION_PEILDATUM = LocalDate.of(2026, 1, 31);
    public static final LocalDate KEYS_PEILDATUM = LocalDate.of(2025, 1, 1);
    public static final String KEY_NAME = "Inwoners 2025";

    static final String[] DOMAINS = {"Wmo", "Jeugd", "Participatie", "Voorveld", "Toegang", "Beschermd wonen",
        "Wmo-vervoer", "Overig"};
    private static final String[] PREFIXES = {"Noord", "Zuid", "Oost", "West", "Groot", "Klein", "Nieuw", "Oud",
        "Hoog", "Laag", "Sint ", "Ter "};
    private static final String[] STEMS = {"dam", "dijk", "veen", "horst", "broek", "wijk", "hoven", "zand", "meer",
        "berg", "beek", "hout", "stede", "woude", "lo", "rade", "haar", "voorde", "dorp", "gein", "mond", "sloot",
        "kamp", "dal", "wold", "ven", "heide", "bosch", "waard", "hem"};
    private static final String[] COST_POSTS = {"Frictiekosten", "Formatie", "Innovatiebudget", "Uitvoeringskosten"};
    private static final String[] SUPPLIERS = {"Zorgaanbieder", "Jeugdhulp BV", "Thuiszorg", "Vervoersbedrijf",
        "Welzijnsstichting", "Re-integratiebureau", "Woonbegeleiding", "Dagbesteding"};
    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
        "augustus", "september", "oktober", "november", "december"};

    private static final LocalDate FIRST_BOOKING = LocalDate.of(2025, 1, 1);

    /** A municipality of the synthetic country. */
    public record Municipality(int index, String code, String name, long inhabitants) {
    }

    /** A region (joint arrangement) with its member municipalities. */
    public record Region(int index, String code, String name, List<Municipality> members) {
    }

    /** One written workbook. */
    public record GeneratedFile(Path path, String kind, String organisationCode, long bookingRows, BookingLedger ledger) {
    }

    /** Everything written for one config. */
    public record GeneratedInput(Path inbox, List<GeneratedFile> files) {
        public long bookingRows() {
            return files.stream().mapToLong(GeneratedFile::bookingRows).sum();
        }

        public long bytes() {
            return files.stream().mapToLong(f -> size(f.path())).sum();
        }

        public List<GeneratedFile> ofKind(String kind) {
            return files.stream().filter(f -> f.kind().equals(kind)).toList();
        }
    }

    /** What a municipality plans: per measure its status, so that bookings only go to adopted measures. */
    record MeasurePlan(String number, String domain, String status, String type) {
    }

    private final BenchmarkConfig config;

    public BenchmarkGenerator(BenchmarkConfig config) {
        this.config = config;
    }

    // ------------------------------------------------------------------------------ organisations

    public List<Municipality> municipalities() {
        List<Municipality> list = new ArrayList<>();
        Random random = new Random(config.seed());
        for (int i = 0; i < config.municipalities(); i++) {
            String code = String.format("GM%04d", 1 + i * 5);
            String name = PREFIXES[i % PREFIXES.length] + STEMS[(i / PREFIXES.length) % STEMS.length]
                    + (i >= PREFIXES.length * STEMS.length ? " " + (i / (PREFIXES.length * STEMS.length) + 1) : "");
            list.add(new Municipality(i, code, name.trim(), 5_000 + random.nextInt(150_000)));
        }
        return list;
    }

    public List<Region> regions(List<Municipality> municipalities) {
        List<Region> regions = new ArrayList<>();
        int n = municipalities.size();
        int r = Math.min(config.regions(), n);
        for (int i = 0; i < r; i++) {
            List<Municipality> members = municipalities.subList(i * n / r, (i + 1) * n / r);
            regions.add(new Region(i, String.format("GR-%04d", i + 1), String.format("GR Samenwerking %02d", i + 1),
                    List.copyOf(members)));
        }
        return regions;
    }

    /** The municipality that delivers the large ledger extract. */
    public static int largeIndex(int municipalities) {
        return municipalities / 2;
    }

    public static String fileName(String code, String name, String kind) {
        return code + " " + name + " - " + kind + ".xlsx";
    }

    // ------------------------------------------------------------------------------ the whole set

    /** Writes the whole input set into {@code inbox} (created when missing). */
    public GeneratedInput generate(Path inbox) throws IOException {
        Files.createDirectories(inbox);
        List<GeneratedFile> files = new ArrayList<>();
        List<Municipality> municipalities = municipalities();
        for (Region region : regions(municipalities)) {
            Path keys = inbox.resolve(fileName(region.code(), region.name(), "Verdeelsleutels"));
            writeVerdeelsleutels(keys, region);
            files.add(new GeneratedFile(keys, "Verdeelsleutels", region.code(), 0, null));
            Path proposals = inbox.resolve(fileName(region.code(), region.name(), "Voorstellen"));
            writeRegionalVoorstellen(proposals, region);
            files.add(new GeneratedFile(proposals, "Voorstellen", region.code(), 0, null));
        }
        for (Municipality m : municipalities) {
            Path proposals = inbox.resolve(fileName(m.code(), m.name(), "Voorstellen"));
            writeVoorstellen(proposals, m);
            files.add(new GeneratedFile(proposals, "Voorstellen", m.code(), 0, null));
            files.add(realisatie(inbox, m, REALISATION_PEILDATUM, 0));
        }
        return new GeneratedInput(inbox, files);
    }

    /** Writes only the Realisatie workbooks (the growth runs copy the rest from another set). */
    public List<GeneratedFile> generateRealisaties(Path inbox) throws IOException {
        Files.createDirectories(inbox);
        List<GeneratedFile> files = new ArrayList<>();
        for (Municipality m : municipalities()) {
            files.add(realisatie(inbox, m, REALISATION_PEILDATUM, 0));
        }
        return files;
    }

    /** Writes (or overwrites) the Realisatie workbook of one municipality; variant &gt; 0 gives other bookings. */
    public GeneratedFile realisatie(Path inbox, Municipality m, LocalDate peildatum, int variant) throws IOException {
        Path file = inbox.resolve(fileName(m.code(), m.name(), "Realisatie"));
        int rows = m.index() == largeIndex(config.municipalities()) ? config.largeBookings() : config.bookingsPerFile();
        BookingLedger ledger = writeRealisatie(file, "Gemeente " + m.name(), m.code(), peildatum, plan(m), rows,
                seed(2, m.index()) + 7_919L * variant);
        return new GeneratedFile(file, "Realisatie", m.code(), ledger.rows(), ledger);
    }

    private long seed(int kind, int index) {
        return config.seed() * 1_000_003L + kind * 100_003L + index;
    }

    List<MeasurePlan> plan(Municipality m) {
        return plan(new Random(seed(1, m.index())), config.measures());
    }

    static List<MeasurePlan> plan(Random random, int measures) {
        List<MeasurePlan> plan = new ArrayList<>();
        for (int i = 1; i <= measures; i++) {
            int s = random.nextInt(100);
            String status = s < 70 ? "Aangenomen" : s < 85 ? "Voorgesteld" : s < 95 ? "Afgewezen" : "Ingetrokken";
            if (i == 1) {
                status = "Aangenomen"; // bookings always have an adopted measure to go to
            }
            plan.add(new MeasurePlan(String.valueOf(i), DOMAINS[random.nextInt(DOMAINS.length)], status,
                    random.nextInt(100) < 85 ? "Structureel" : "Incidenteel"));
        }
        return plan;
    }

    // ------------------------------------------------------------------------------ Voorstellen

    void writeVoorstellen(Path file, Municipality m) throws IOException {
        List<MeasurePlan> plan = plan(m);
        Random random = new Random(seed(3, m.index()));
        try (Book book = new Book()) {
            book.info("Voorstellen", "Gemeente " + m.name(), m.code(), PROPOSALS_PEILDATUM);
            Sheet measures = book.sheet("Maatregelen", "Nummer", "Naam", "Domein", "Status", "Categorie", "Type", "Toelichting");
            for (MeasurePlan p : plan) {
                book.row(measures, p.number(), "Maatregel " + p.number() + " " + p.domain().toLowerCase() + " "
                                + m.name(), p.domain(), p.status(), "Cluster " + (1 + random.nextInt(5)), p.type(),
                        "Synthetisch voorstel voor de benchmark");
            }
            Sheet lines = book.sheet("Financieel", withYears("Nummer", "Soort", "Post", "Begroting"));
            for (MeasurePlan p : plan) {
                long saving = 10_000 + random.nextInt(490) * 1_000L;
                int start = random.nextInt(3);
                book.row(lines, yearRow(new Object[] {p.number(), "Besparing", "Zorgkosten", "Gemeente"},
                        ramp(saving, start, p.type(), random)));
                int costLines = 1 + random.nextInt(2);
                for (int c = 0; c < costLines; c++) {
                    long cost = 1_000 + random.nextInt(100) * 500L;
                    book.row(lines, yearRow(new Object[] {p.number(), "Kosten", COST_POSTS[random.nextInt(COST_POSTS.length)],
                            "Gemeente"}, ramp(cost, start, "Incidenteel", random)));
                }
            }
            Sheet targets = book.sheet("Taakstelling", withYears("Domein"));
            for (int d = 0; d < 4; d++) {
                Object[] years = new Object[YEARS.size()];
                long target = 100_000 + random.nextInt(200) * 5_000L;
                for (int y = 0; y < years.length; y++) {
                    years[y] = target * (y + 1);
                }
                book.row(targets, yearRow(new Object[] {DOMAINS[d]}, years));
            }
            book.write(file);
        }
    }

    void writeRegionalVoorstellen(Path file, Region region) throws IOException {
        Random random = new Random(seed(4, region.index()));
        List<MeasurePlan> plan = plan(random, config.regionalMeasures());
        try (Book book = new Book()) {
            book.info("Voorstellen", region.name(), region.code(), PROPOSALS_PEILDATUM);
            Sheet measures = book.sheet("Maatregelen", "Nummer", "Naam", "Domein", "Status", "Type", "Verdeelsleutel");
            for (MeasurePlan p : plan) {
                book.row(measures, "R" + p.number(), "Regionale maatregel " + p.number(), p.domain(), p.status(),
                        p.type(), KEY_NAME);
            }
            Sheet lines = book.sheet("Financieel", withYears("Nummer", "Soort", "Post", "Begroting"));
            for (MeasurePlan p : plan) {
                int start = random.nextInt(2);
                book.row(lines, yearRow(new Object[] {"R" + p.number(), "Besparing", "Zorgkosten", "Gemeente"},
                        ramp(50_000 + random.nextInt(500) * 1_000L, start, p.type(), random)));
                book.row(lines, yearRow(new Object[] {"R" + p.number(), "Kosten", "Uitvoeringskosten", "Regio"},
                        ramp(5_000 + random.nextInt(100) * 1_000L, start, "Incidenteel", random)));
            }
            book.write(file);
        }
    }

    /** Amounts per year column: nothing before the start, then the amount (growing for a structural measure). */
    private static Object[] ramp(long amount, int start, String type, Random random) {
        Object[] years = new Object[YEARS.size()];
        for (int y = start; y < years.length; y++) {
            if ("Incidenteel".equals(type) && y > start + 1) {
                break;
            }
            long value = "Structureel".equals(type) ? amount * Math.min(y - start + 1, 3) / 3 : amount;
            // now and then half a euro, so amounts are not all whole numbers
            years[y] = random.nextInt(10) == 0 ? value + 0.5 : (Object) value;
        }
        return years;
    }

    // ------------------------------------------------------------------------------ Verdeelsleutels

    void writeVerdeelsleutels(Path file, Region region) throws IOException {
        try (Book book = new Book()) {
            book.info("Verdeelsleutels", region.name(), region.code(), KEYS_PEILDATUM);
            Sheet keys = book.sheet("Verdeelsleutels", "Sleutel", "Gemeente", "Code", "Inwoners");
            for (Municipality m : region.members()) {
                book.row(keys, KEY_NAME, m.name(), m.code(), m.inhabitants());
            }
            Sheet members = book.sheet("Regio", "Regio", "Code", "Gemeente", "Gemeentecode");
            for (Municipality m : region.members()) {
                book.row(members, region.name(), region.code(), m.name(), m.code());
            }
            book.write(file);
        }
    }

    // ------------------------------------------------------------------------------ Realisatie

    /** A municipality's Realisatie workbook with {@code rows} bookings over 50 measures (for tests of one large file). */
    public static BookingLedger writeLedger(Path file, String organisation, String code, int rows, long seed)
            throws IOException {
        return writeRealisatie(file, organisation, code, REALISATION_PEILDATUM, plan(new Random(seed), 50), rows, seed, false);
    }

    /**
     * Writes one ledger file: {@code BenchmarkGenerator FILE ROWS [unique]}; with {@code unique} every
     * booking has its own Omschrijving (an invoice number), so the shared strings table grows with the rows.
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        boolean unique = args.length > 2 && args[2].equals("unique");
        BookingLedger ledger = writeRealisatie(file, "Gemeente Grootstad", "GM0999", REALISATION_PEILDATUM,
                plan(new Random(42), 50), Integer.parseInt(args[1]), 42, unique);
        System.out.println(file + ": " + ledger.rows() + " bookings, total " + ledger.total() + ", net " + ledger.net());
    }

    /**
     * Writes a Realisatie workbook with {@code rows} bookings on the adopted measures of the plan
     * (or on measure 1 only when the plan is empty) and returns their exact sums.
     */
    static BookingLedger writeRealisatie(Path file, String organisation, String code, LocalDate peildatum,
                                         List<MeasurePlan> plan, int rows, long seed) throws IOException {
        return writeRealisatie(file, organisation, code, peildatum, plan, rows, seed, false);
    }

    static BookingLedger writeRealisatie(Path file, String organisation, String code, LocalDate peildatum,
                                         List<MeasurePlan> plan, int rows, long seed, boolean uniqueDescriptions)
            throws IOException {
        Random random = new Random(seed);
        List<String> adopted = plan.stream().filter(p -> p.status().equals("Aangenomen")).map(MeasurePlan::number).toList();
        if (adopted.isEmpty()) {
            adopted = List.of("1");
        }
        BookingLedger ledger = new BookingLedger();
        try (Book book = new Book()) {
            book.info("Realisatie", organisation, code, peildatum);
            Sheet realised = book.sheet("Realisatie", withYears("Nummer", "Soort", "Stand"));
            for (int i = 0; i < Math.min(10, adopted.size()); i++) {
                String number = adopted.get(i);
                // 2024 is closed and has no bookings: Gerealiseerd there is no control total of the Boekingen sheet.
                book.row(realised, number, "Besparing", "Gerealiseerd", 20_000 + random.nextInt(200) * 500L);
                book.row(realised, number, "Besparing", "Verwacht", null, null, 40_000 + random.nextInt(200) * 500L,
                        60_000 + random.nextInt(200) * 500L);
            }
            Sheet budget = book.sheet("Begroting", withYears("Post", "Domein", "Soort"));
            for (int d = 0; d < 3; d++) {
                long amount = 1_000_000 + random.nextInt(1_000) * 1_000L;
                book.row(budget, yearRow(new Object[] {DOMAINS[d] + " maatwerk", DOMAINS[d], "Begroting"},
                        new Object[] {amount, amount, amount, amount, amount}));
                book.row(budget, yearRow(new Object[] {DOMAINS[d] + " maatwerk", DOMAINS[d], "Realisatie"},
                        new Object[] {amount - random.nextInt(100_000), null, null, null, null}));
                book.row(budget, yearRow(new Object[] {DOMAINS[d] + " maatwerk", DOMAINS[d], "Prognose"},
                        new Object[] {null, amount - random.nextInt(100_000), null, null, null}));
            }
            Sheet bookings = book.sheet("Boekingen", "Datum", "Nummer", "Soort", "Bedrag", "Omschrijving");
            long days = peildatum.toEpochDay() - FIRST_BOOKING.toEpochDay() + 1;
            for (int r = 0; r < rows; r++) {
                LocalDate date = FIRST_BOOKING.plusDays(days * r / Math.max(rows, 1));
                String number = adopted.get(random.nextInt(adopted.size()));
                boolean saving = random.nextInt(100) < 80;
                long cents = exactCents(1_000 + (long) random.nextInt(2_000_000));
                double value = cents / 100.0;
                String supplier = SUPPLIERS[random.nextInt(SUPPLIERS.length)] + " " + (1 + random.nextInt(40));
                String description = uniqueDescriptions ? "Factuur " + (2_025_000_000L + r) + " " + supplier
                        : "Factuur " + supplier + " " + MONTHS[date.getMonthValue() - 1];
                book.row(bookings, date, number, saving ? "Besparing" : "Kosten", value, description);
                ledger.add(number, saving ? "SAVING" : "COST", date.getYear(), BigDecimal.valueOf(cents, 2));
            }
            book.write(file);
        }
        return ledger;
    }

    /** Cents (moved up a cent if needed) whose double cents/100 prints ({@link Double#toString}) as exactly that amount. */
    static long exactCents(long cents) {
        for (long c = cents; ; c++) {
            if (new BigDecimal(Double.toString(c / 100.0)).compareTo(BigDecimal.valueOf(c, 2)) == 0) {
                return c;
            }
        }
    }

    private static String[] withYears(String... columns) {
        String[] all = new String[columns.length + YEARS.size()];
        System.arraycopy(columns, 0, all, 0, columns.length);
        for (int i = 0; i < YEARS.size(); i++) {
            all[columns.length + i] = String.valueOf(YEARS.get(i));
        }
        return all;
    }

    private static Object[] yearRow(Object[] head, Object[] years) {
        Object[] all = new Object[head.length + years.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(years, 0, all, head.length, years.length);
        return all;
    }

    static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    /** A streaming workbook with a date style; strings go to the shared strings table, as Excel stores them. */
    static final class Book implements AutoCloseable {
        private final SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 200, true, true);
        private final CellStyle date;
        private final java.util.Map<Sheet, Integer> nextRow = new java.util.HashMap<>();

        Book() {
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("d-m-yyyy"));
        }

        void info(String kind, String organisation, String code, LocalDate peildatum) {
            Sheet info = wb.createSheet("Info");
            row(info, "Soort bestand", kind);
            row(info, "Organisatie", organisation);
            row(info, "Code", code);
            row(info, "Peildatum", peildatum);
            row(info, "Eenheid", "euro");
            row(info, "Tekenconventie", "bedragen positief");
        }

        Sheet sheet(String name, String... headers) {
            Sheet sheet = wb.createSheet(name);
            row(sheet, (Object[]) headers);
            return sheet;
        }

        void row(Sheet sheet, Object... values) {
            int index = nextRow.merge(sheet, 1, Integer::sum) - 1;
            Row row = sheet.createRow(index);
            for (int c = 0; c < values.length; c++) {
                Object v = values[c];
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof String s) {
                    cell.setCellValue(s);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else {
                    throw new IllegalArgumentException("Unsupported cell value " + v);
                }
            }
        }

        /** Writes to a temporary name and moves it into place, so a reader never sees half a file. */
        void write(Path file) throws IOException {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling("." + file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                wb.write(out);
            } catch (IOException | RuntimeException | Error e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        @Override
        public void close() throws IOException {
            wb.dispose();
            wb.close();
        }
    }
}
