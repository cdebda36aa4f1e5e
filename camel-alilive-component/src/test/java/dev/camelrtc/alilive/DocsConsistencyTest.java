package dev.camelrtc.alilive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docs/alilive-component.adoc honest: every option and header of the generated catalog metadata
 * ({@code META-INF/dev/camelrtc/alilive/alilive.json}, rebuilt from the annotations on every build) must have a row in the
 * page's tables with the same default and type, no row may name something the metadata does not have, and every
 * {@link AliliveOperations} must have its row in the operations table. A failure prints the rows to add.
 */
class DocsConsistencyTest {

    private static final String PAGE = "alilive-component.adoc";
    private static final String METADATA = "META-INF/dev/camelrtc/alilive/alilive.json";

    private static final Pattern OPTION_NAME = Pattern.compile("^\\*([^*]+)\\*");
    private static final Pattern CODE_NAME = Pattern.compile("^`([^`]+)`");

    private static List<String> page;
    private static JsonNode metadata;

    @BeforeAll
    static void load() throws IOException {
        page = Files.readAllLines(findPage());
        try (InputStream in = DocsConsistencyTest.class.getClassLoader().getResourceAsStream(METADATA)) {
            assertThat(in).as("generated metadata %s on the classpath", METADATA).isNotNull();
            metadata = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyComponentOptionIsDocumentedWithItsDefaultAndType() {
        checkOptions("componentProperties", ".Component options");
    }

    @Test
    void everyEndpointOptionIsDocumentedWithItsDefaultAndType() {
        checkOptions("properties", ".Endpoint options");
    }

    @Test
    void everyHeaderIsDocumentedWithItsType() {
        Map<String, List<String>> rows = table(".Message headers", CODE_NAME);
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = metadata.get("headers").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> header = it.next();
            JsonNode h = header.getValue();
            List<String> row = rows.get(header.getKey());
            if (row == null) {
                problems.add("missing header, add: | `" + header.getKey() + "` | " + h.path("description").asText()
                             + " | " + h.path("group").asText() + " | " + h.path("javaType").asText());
            } else if (!row.get(row.size() - 1).equals(h.path("javaType").asText())) {
                problems.add("header " + header.getKey() + ": type is " + h.path("javaType").asText()
                             + ", the page says " + row.get(row.size() - 1));
            }
        }
        rows.keySet().stream().filter(name -> !metadata.get("headers").has(name))
                .forEach(name -> problems.add("the page documents header " + name + ", which the component does not have"));
        assertThat(problems).as("docs/%s vs %s", PAGE, METADATA).isEmpty();
    }

    @Test
    void everyOperationIsDocumentedWithItsApiAction() {
        List<String> problems = new ArrayList<>();
        for (AliliveOperations op : AliliveOperations.values()) {
            String row = "| `" + op.name() + "` | " + op.action() + " |";
            if (page.stream().noneMatch(line -> line.startsWith(row))) {
                problems.add("no operations table row starting with: " + row);
            }
        }
        assertThat(problems).as("docs/%s vs AliliveOperations", PAGE).isEmpty();
    }

    private static void checkOptions(String section, String title) {
        Map<String, List<String>> rows = table(title, OPTION_NAME);
        JsonNode options = metadata.get(section);
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> option = it.next();
            JsonNode o = option.getValue();
            String defaultValue = o.has("defaultValue") ? o.get("defaultValue").asText() : "";
            String type = o.path("type").asText();
            List<String> row = rows.get(option.getKey());
            if (row == null) {
                problems.add("missing option, add to '" + title + "': | *" + option.getKey() + "* ("
                             + o.path("group").asText() + ") | " + o.path("description").asText().replace("|", "\\|")
                             + " | " + defaultValue + " | " + type);
                continue;
            }
            if (!row.get(2).equalsIgnoreCase(defaultValue)) {
                problems.add(option.getKey() + ": default is '" + defaultValue + "', the page says '" + row.get(2) + "'");
            }
            if (!row.get(3).equals(type)) {
                problems.add(option.getKey() + ": type is " + type + ", the page says " + row.get(3));
            }
        }
        rows.keySet().stream().filter(name -> !options.has(name))
                .forEach(name -> problems.add("'" + title + "' documents " + name + ", which is not an option there"));
        assertThat(problems).as("docs/%s vs %s (%s)", PAGE, METADATA, section).isEmpty();
    }

    /**
     * The rows of the AsciiDoc table whose block title line starts with {@code title}, keyed by the name the first
     * cell starts with; the header row and rows whose first cell names nothing are left out. Cells are trimmed;
     * an escaped {@code \|} does not split cells.
     */
    private static Map<String, List<String>> table(String title, Pattern name) {
        int at = 0;
        while (at < page.size() && !page.get(at).startsWith(title)) {
            at++;
        }
        assertThat(at).as("a table titled '%s' in docs/%s", title, PAGE).isLessThan(page.size());
        while (at < page.size() && !page.get(at).equals("|===")) {
            at++;
        }
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (at++; at < page.size() && !page.get(at).equals("|==="); at++) {
            String line = page.get(at);
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1).split("(?<!\\\\)\\|", -1)) {
                cells.add(cell.trim());
            }
            Matcher m = name.matcher(cells.get(0));
            if (m.find()) {
                assertThat(rows.put(m.group(1), cells)).as("%s is documented twice in '%s'", m.group(1), title)
                        .isNull();
            }
        }
        assertThat(at).as("the end (|===) of the table '%s'", title).isLessThan(page.size());
        return rows;
    }

    /** docs/<page> of the repository: the module's parent directory when run by Maven, searched upwards otherwise. */
    private static Path findPage() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve(PAGE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("docs/" + PAGE + " not found above " + Path.of("").toAbsolutePath());
    }
}
