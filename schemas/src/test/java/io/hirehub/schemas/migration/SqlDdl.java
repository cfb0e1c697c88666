package io.hirehub.schemas.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A deliberately small reader of our migration files (schemas/sql/&lt;service&gt;/V*.sql): enough
 * of CREATE TABLE and CREATE INDEX to check the files against the seed and the Avro contracts.
 */
public final class SqlDdl {

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)\\s*\\((.*?)\\)\\s*;",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ALTER_ADD_COLUMN = Pattern.compile(
            "ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)\\s+ADD\\s+COLUMN\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([^;]*?)\\s*;",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "CREATE\\s+INDEX\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)\\s+ON\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final List<String> TABLE_CONSTRAINTS =
            List.of("PRIMARY KEY", "UNIQUE", "CONSTRAINT", "CHECK", "FOREIGN KEY");

    /** A column as declared: name, SQL type upper-cased, and whether it may hold NULL. */
    public record Column(String name, String type, boolean nullable) {}

    /** A table as declared in one service's migrations. */
    public record Table(String service, String name, List<Column> columns) {

        public List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }
    }

    /** An index as declared: its name and table. */
    public record Index(String service, String name, String table) {}

    /** Versions from here up belong to other modules' infrastructure (see {@link #contractOnly()}). */
    public static final int FIRST_INFRASTRUCTURE_VERSION = 100;

    private final Map<String, String> sqlByFile;

    private SqlDdl(final Map<String, String> sqlByFile) {
        this.sqlByFile = sqlByFile;
    }

    /** System property naming the schemas/sql directory when tests run outside this module (the launcher's ITs). */
    public static final String SQL_DIR_PROPERTY = "hirehub.schemas.sql.dir";

    /** The module's schemas/sql directory (Surefire runs in the module directory), or {@value #SQL_DIR_PROPERTY}. */
    public static Path sqlDirectory() {
        final String configured = System.getProperty(SQL_DIR_PROPERTY);
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("basedir", "."), "sql");
    }

    /** Reads every V*.sql under {@link #sqlDirectory()}, keyed by "service/file". */
    public static SqlDdl load() {
        final Path root = sqlDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            return new SqlDdl(files.filter(p -> p.getFileName().toString().endsWith(".sql"))
                    .sorted()
                    .collect(Collectors.toMap(
                            p -> root.relativize(p).toString().replace('\\', '/'),
                            SqlDdl::read,
                            (a, b) -> a,
                            java.util.LinkedHashMap::new)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Only this module's contract migrations: versions below {@value #FIRST_INFRASTRUCTURE_VERSION}. Other modules
     * may add infrastructure tables (e.g. the CDC heartbeat) to a service from that version up.
     */
    public SqlDdl contractOnly() {
        final Map<String, String> contract = new java.util.LinkedHashMap<>();
        sqlByFile.forEach((file, sql) -> {
            if (version(file) < FIRST_INFRASTRUCTURE_VERSION) {
                contract.put(file, sql);
            }
        });
        return new SqlDdl(contract);
    }

    /** The Flyway version number of a file "service/V12__x.sql". */
    public static int version(final String file) {
        final Matcher m = Pattern.compile("/V(\\d+)__").matcher(file);
        if (!m.find()) {
            throw new AssertionError("not a versioned migration: " + file);
        }
        return Integer.parseInt(m.group(1));
    }

    /** File contents keyed by "service/V1__name.sql". */
    public Map<String, String> files() {
        return sqlByFile;
    }

    /**
     * The tables as the migrations leave them: each CREATE TABLE, then every {@code ALTER TABLE … ADD COLUMN} of
     * the same service applied in version order (the added column goes last, as PostgreSQL puts it).
     */
    public List<Table> tables() {
        final Map<String, Table> tables = new LinkedHashMap<>();
        final List<String> files = sqlByFile.keySet().stream()
                .sorted(Comparator.comparing(SqlDdl::serviceOf).thenComparingInt(SqlDdl::version))
                .toList();
        for (final String file : files) {
            final String sql = stripComments(sqlByFile.get(file));
            final Matcher m = CREATE_TABLE.matcher(sql);
            while (m.find()) {
                final String name = m.group(1).toLowerCase(Locale.ROOT);
                tables.put(serviceOf(file) + '.' + name, new Table(serviceOf(file), name, columns(m.group(2))));
            }
            final Matcher alter = ALTER_ADD_COLUMN.matcher(sql);
            while (alter.find()) {
                final String key = serviceOf(file) + '.' + alter.group(1).toLowerCase(Locale.ROOT);
                final Table table = tables.get(key);
                if (table == null) {
                    throw new AssertionError(file + " alters " + key + " before any migration creates it");
                }
                final List<Column> columns = new ArrayList<>(table.columns());
                columns.addAll(columns(alter.group(2)));
                tables.put(key, new Table(table.service(), table.name(), List.copyOf(columns)));
            }
        }
        return List.copyOf(tables.values());
    }

    public Table table(final String name) {
        return tables().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no CREATE TABLE " + name + " in " + sqlDirectory()));
    }

    public List<Index> indexes() {
        final List<Index> indexes = new ArrayList<>();
        sqlByFile.forEach((file, sql) -> {
            final Matcher m = CREATE_INDEX.matcher(stripComments(sql));
            while (m.find()) {
                indexes.add(new Index(serviceOf(file), m.group(1), m.group(2)));
            }
        });
        return indexes;
    }

    static String stripComments(final String sql) {
        return sql.replaceAll("--[^\\n]*", "");
    }

    private static List<Column> columns(final String body) {
        final List<String> parts = splitTopLevel(body);
        final List<String> primaryKey = new ArrayList<>();
        for (final String part : parts) {
            final Matcher pk = Pattern.compile("^PRIMARY\\s+KEY\\s*\\(([^)]*)\\)", Pattern.CASE_INSENSITIVE)
                    .matcher(part);
            if (pk.find()) {
                for (final String col : pk.group(1).split(",")) {
                    primaryKey.add(col.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        final List<Column> columns = new ArrayList<>();
        for (final String part : parts) {
            final String upper = part.toUpperCase(Locale.ROOT);
            if (TABLE_CONSTRAINTS.stream().anyMatch(upper::startsWith)) {
                continue;
            }
            final String[] words = part.split("\\s+", 2);
            final String name = words[0].toLowerCase(Locale.ROOT);
            final String rest = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "";
            final String type = rest.split("\\s+(PRIMARY|UNIQUE|NOT|NULL|DEFAULT|REFERENCES|CHECK)\\b", 2)[0].trim();
            final boolean notNull =
                    rest.contains("NOT NULL") || rest.contains("PRIMARY KEY") || primaryKey.contains(name);
            columns.add(new Column(name, type, !notNull));
        }
        return columns;
    }

    private static List<String> splitTopLevel(final String body) {
        final List<String> parts = new ArrayList<>();
        int depth = 0;
        final StringBuilder current = new StringBuilder();
        for (final char c : body.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                parts.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString().trim());
        }
        return parts;
    }

    private static String serviceOf(final String file) {
        return file.substring(0, file.indexOf('/'));
    }

    private static String read(final Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
