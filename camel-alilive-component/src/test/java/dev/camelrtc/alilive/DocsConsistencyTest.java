package dev.camelrtc.alilive;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.camelrtc.support.docs.CatalogDocsTest;
import dev.camelrtc.support.testing.ComponentDiscovery;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docs/alilive-component.adoc honest: the options and headers of the generated catalog metadata
 * ({@code META-INF/dev/camelrtc/alilive/alilive.json}) as {@link CatalogDocsTest} checks them, and every
 * {@link AliliveOperations} must have its row in the operations table.
 */
class DocsConsistencyTest extends CatalogDocsTest {

    private static final String PAGE = "alilive-component.adoc";

    DocsConsistencyTest() {
        super(PAGE, "META-INF/dev/camelrtc/alilive/alilive.json");
    }

    @Test
    void toolsDiscoverTheComponentsOfTheJar() throws Exception {
        ComponentDiscovery.assertDiscoverable(AliliveComponent.class, "camel-alilive-component");
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
