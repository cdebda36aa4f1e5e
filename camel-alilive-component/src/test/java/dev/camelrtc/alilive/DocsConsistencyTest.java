package dev.camelrtc.alilive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.camelrtc.support.docs.ComponentDocsPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docs/alilive-component.adoc honest: every option and header of the generated catalog metadata
 * ({@code META-INF/dev/camelrtc/alilive/alilive.json}, rebuilt from the annotations on every build) must have a row in the
 * page's tables with the same default and type, no row may name something the metadata does not have, and every
 * {@link AliliveOperations} must have its row in the operations table. A failure prints the rows to add.
 */
class DocsConsistencyTest {

    private static final String PAGE = "alilive-component.adoc";

    private static ComponentDocsPage docs;

    @BeforeAll
    static void load() throws IOException {
        docs = ComponentDocsPage.load(PAGE, "META-INF/dev/camelrtc/alilive/alilive.json", DocsConsistencyTest.class);
    }

    @Test
    void everyComponentOptionIsDocumentedWithItsDefaultAndType() {
        assertThat(docs.optionProblems("componentProperties", ".Component options")).as(docs.description()).isEmpty();
    }

    @Test
    void everyEndpointOptionIsDocumentedWithItsDefaultAndType() {
        assertThat(docs.optionProblems("properties", ".Endpoint options")).as(docs.description()).isEmpty();
    }

    @Test
    void everyHeaderIsDocumentedWithItsType() {
        assertThat(docs.headerProblems()).as(docs.description()).isEmpty();
    }

    @Test
    void everyOperationIsDocumentedWithItsApiAction() {
        List<String> problems = new ArrayList<>();
        for (AliliveOperations op : AliliveOperations.values()) {
            String row = "| `" + op.name() + "` | " + op.action() + " |";
            if (docs.lines().stream().noneMatch(line -> line.startsWith(row))) {
                problems.add("no operations table row starting with: " + row);
            }
        }
        assertThat(problems).as("docs/%s vs AliliveOperations", PAGE).isEmpty();
    }
}
