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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.camelrtc.support.testing.ComponentDiscovery;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks every component's docs page passes against the component's generated catalog metadata (rebuilt from the
 * annotations on every build): every option and header has a row in the page's tables with the same default and
 * type, and no row names something the metadata does not have; and tools discover the components of the jar
 * ({@link ComponentDiscovery}). A component's test extends it, naming its page, metadata and jar, and adds the checks
 * of its own tables. A failure prints the rows to add.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CatalogDocsTest {

    private final String pageName;
    private final String metadataResource;
    private final Class<?> componentClass;
    private final String artifactId;
    private final String tablePrefix;
    protected ComponentDocsPage docs;

    /**
     * @param pageName         the page under docs/, e.g. {@code trtc-component.adoc}
     * @param metadataResource the catalog JSON on the test classpath
     * @param componentClass   a component of the jar
     * @param artifactId       the jar's artifactId
     */
    protected CatalogDocsTest(String pageName, String metadataResource, Class<?> componentClass, String artifactId) {
        this(pageName, metadataResource, componentClass, artifactId, "");
    }

    /**
     * For a second scheme documented on the same page (e.g. a callbacks consumer): its tables are titled
     * {@code .<tablePrefix> component options}, {@code .<tablePrefix> endpoint options} and
     * {@code .<tablePrefix> message headers}.
     */
    protected CatalogDocsTest(String pageName, String metadataResource, Class<?> componentClass, String artifactId,
                              String tablePrefix) {
        this.pageName = pageName;
        this.metadataResource = metadataResource;
        this.componentClass = componentClass;
        this.artifactId = artifactId;
        this.tablePrefix = tablePrefix;
    }

    private String title(String table) {
        return tablePrefix.isEmpty() ? "." + Character.toUpperCase(table.charAt(0)) + table.substring(1)
                : "." + tablePrefix + " " + table;
    }

    @BeforeAll
    void load() throws IOException {
        docs = ComponentDocsPage.load(pageName, metadataResource, getClass());
    }

    @Test
    public void toolsDiscoverTheComponentsOfTheJar() throws Exception {
        ComponentDiscovery.assertDiscoverable(componentClass, artifactId);
    }

    @Test
    public void everyComponentOptionIsDocumentedWithItsDefaultAndType() {
        assertThat(docs.optionProblems("componentProperties", title("component options"))).as(docs.description()).isEmpty();
    }

    @Test
    public void everyEndpointOptionIsDocumentedWithItsDefaultAndType() {
        assertThat(docs.optionProblems("properties", title("endpoint options"))).as(docs.description()).isEmpty();
    }

    @Test
    public void everyHeaderIsDocumentedWithItsType() {
        assertThat(docs.headerProblems(title("message headers"))).as(docs.description()).isEmpty();
    }

    /** Camel masks option values in its start-up summary and configuration logs by whole name. */
    @Test
    public void everySecretOptionIsMaskedByCamel() throws Exception {
        assertThat(docs.secretOptionsCamelDoesNotMask()).as(docs.description()).isEmpty();
    }
}
