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
package dev.camelrtc.alilive;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.camelrtc.support.docs.CatalogDocsTest;
import dev.camelrtc.support.docs.DocsJavaSnippets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docs/alilive-component.adoc honest: the options and headers of the generated catalog metadata
 * ({@code META-INF/dev/camelrtc/alilive/alilive.json}) as {@link CatalogDocsTest} checks them, and every
 * {@link AliliveOperations} must have its row in the operations table.
 */
class DocsConsistencyTest extends CatalogDocsTest {

    private static final String PAGE = "alilive-component.adoc";

    DocsConsistencyTest() {
        super(PAGE, "META-INF/dev/camelrtc/alilive/alilive.json", AliliveComponent.class, "camel-alilive-component");
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

    /** Java on the page is included from compiled test sources (AliliveDocsSnippets), never inline. */
    @Test
    void javaSnippetsAreIncludedFromCompiledTestSources() throws Exception {
        assertThat(DocsJavaSnippets.problems(PAGE)).as("docs/%s", PAGE).isEmpty();
    }
}
