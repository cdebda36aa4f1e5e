/*
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with
 * the License. You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on
 * an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the
 * specific language governing permissions and limitations under the License.
 */
package dev.camelrtc.support.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.CamelContextHelper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A component's docs page next to its generated catalog metadata, for the components' DocsConsistencyTest: every
 * option and header of the metadata must have a row in the page's tables with the same default and type, and no row
 * may name something the metadata does not have. Problems are returned as text saying the row to add or fix.
 * Shipped in this module's test-jar.
 */
public final class ComponentDocsPage {

    /** First cell {@code *name*}: the option tables. */
    public static final Pattern OPTION_NAME = Pattern.compile("^\\*([^*]+)\\*");
    /** First cell {@code `name`}: the header and operation tables. */
    public static final Pattern CODE_NAME = Pattern.compile("^`([^`]+)`");

    private final String pageName;
    private final String metadataResource;
    private final List<String> lines;
    private final JsonNode metadata;

    private ComponentDocsPage(String pageName, String metadataResource, List<String> lines, JsonNode metadata) {
        this.pageName = pageName;
        this.metadataResource = metadataResource;
        this.lines = lines;
        this.metadata = metadata;
    }

    /** docs/{@code pageName} of the repository and the metadata resource on the classpath of {@code anchor}. */
    public static ComponentDocsPage load(String pageName, String metadataResource, Class<?> anchor) throws IOException {
        List<String> lines = Files.readAllLines(findPage(pageName));
        try (InputStream in = anchor.getClassLoader().getResourceAsStream(metadataResource)) {
            assertThat(in).as("generated metadata %s on the classpath", metadataResource).isNotNull();
            return new ComponentDocsPage(pageName, metadataResource, lines, new ObjectMapper().readTree(in));
        }
    }

    public List<String> lines() {
        return lines;
    }

    /** The scheme the metadata describes. */
    public String scheme() {
        return metadata.path("component").path("scheme").asText();
    }

    /** The names of the component and endpoint options the metadata marks secret. */
    public Set<String> secretOptionNames() {
        Set<String> names = new TreeSet<>();
        for (String section : List.of("componentProperties", "properties")) {
            metadata.path(section).properties().forEach(e -> {
                if (e.getValue().path("secret").asBoolean()) {
                    names.add(e.getKey());
                }
            });
        }
        return names;
    }

    /**
     * The secret options (at least one expected) whose values Camel would print: its start-up summary and
     * configuration logs mask by whole option name, checked here with the component created in a context.
     */
    public List<String> secretOptionsCamelDoesNotMask() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            assertThat(context.getComponent(scheme())).as("component %s", scheme()).isNotNull();
            Set<String> secrets = secretOptionNames();
            assertThat(secrets).as("secret options of %s", metadataResource).isNotEmpty();
            return secrets.stream().filter(name -> !CamelContextHelper.containsSensitive(context, name)).toList();
        }
    }

    /**
     * Options of {@code section} ({@code componentProperties} or {@code properties}) vs the table titled
     * {@code title}: description (the catalog's, with {@code (required)} or {@code (secret)} after it where the option is),
     * default and type.
     */
    public List<String> optionProblems(String section, String title) {
        Map<String, List<String>> rows = table(title, OPTION_NAME);
        JsonNode options = metadata.get(section);
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> option = it.next();
            JsonNode o = option.getValue();
            String defaultValue = o.has("defaultValue") ? o.get("defaultValue").asText() : "";
            String type = o.path("type").asText();
            String description = o.path("description").asText().replace("|", "\\|")
                                 + (o.path("required").asBoolean() ? " (required)" : "")
                                 + (o.path("secret").asBoolean() ? " (secret)" : "");
            List<String> row = rows.get(option.getKey());
            if (row == null) {
                problems.add("missing option, add to '" + title + "': | *" + option.getKey() + "* ("
                             + o.path("group").asText() + ") | " + description + " | " + defaultValue + " | " + type);
                continue;
            }
            if (!row.get(1).equals(description)) {
                problems.add(option.getKey() + ": the description is '" + description + "', the page says '"
                             + row.get(1) + "'");
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
        return problems;
    }

    /** The metadata's headers vs the table titled {@code .Message headers}. */
    public List<String> headerProblems() {
        return headerProblems(".Message headers");
    }

    /** The metadata's headers vs the header table titled {@code title}. */
    public List<String> headerProblems(String title) {
        Map<String, List<String>> rows = table(title, CODE_NAME);
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
        return problems;
    }

    /** What the assertions should say they compare. */
    public String description() {
        return "docs/" + pageName + " vs " + metadataResource;
    }

    /**
     * The rows of the AsciiDoc table whose block title line starts with {@code title}, keyed by the name the first
     * cell starts with; the header row and rows whose first cell names nothing are left out. Cells are trimmed;
     * an escaped {@code \|} does not split cells.
     */
    public Map<String, List<String>> table(String title, Pattern name) {
        int at = 0;
        while (at < lines.size() && !lines.get(at).startsWith(title)) {
            at++;
        }
        assertThat(at).as("a table titled '%s' in docs/%s", title, pageName).isLessThan(lines.size());
        while (at < lines.size() && !lines.get(at).equals("|===")) {
            at++;
        }
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (at++; at < lines.size() && !lines.get(at).equals("|==="); at++) {
            String line = lines.get(at);
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
        assertThat(at).as("the end (|===) of the table '%s'", title).isLessThan(lines.size());
        return rows;
    }

    /** docs/<page> of the repository: the module's parent directory when run by Maven, searched upwards otherwise. */
    public static Path findPage(String pageName) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve(pageName);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("docs/" + pageName + " not found above " + Path.of("").toAbsolutePath());
    }
}
