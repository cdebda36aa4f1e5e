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
package dev.camelrtc.trtc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.camelrtc.support.call.OperationKind;
import dev.camelrtc.support.docs.CatalogDocsTest;
import dev.camelrtc.support.docs.ComponentDocsPage;
import dev.camelrtc.support.docs.DocsJavaSnippets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docs/trtc-component.adoc honest: the options and headers of the generated catalog metadata
 * ({@code META-INF/dev/camelrtc/trtc/trtc.json}) as {@link CatalogDocsTest} checks them, and the operations table
 * must match {@link TrtcOperations}.
 */
class DocsConsistencyTest extends CatalogDocsTest {

    private static final String PAGE = "trtc-component.adoc";

    DocsConsistencyTest() {
        super(PAGE, "META-INF/dev/camelrtc/trtc/trtc.json", TrtcComponent.class, "camel-trtc-component");
    }

    @Test
    void operationsTableMatchesTheOperations() {
        Map<String, List<String>> rows = docs.table(".Operations", ComponentDocsPage.CODE_NAME);
        List<String> problems = new ArrayList<>();
        for (TrtcOperations op : TrtcOperations.values()) {
            List<String> row = rows.get(op.name());
            if (row == null) {
                problems.add("missing operation " + op.name());
                continue;
            }
            if (!row.get(1).equals(op.action())) {
                problems.add(op.name() + ": API action is " + op.action() + ", the page says " + row.get(1));
            }
            String consumer = op.kind() == OperationKind.DESCRIBE ? "yes" : "no";
            if (!row.get(4).equals(consumer)) {
                problems.add(op.name() + ": consumer is " + consumer + ", the page says " + row.get(4));
            }
            if (!row.get(5).equals(String.valueOf(op.spec().documentedQps()))) {
                problems.add(op.name() + ": QPS is " + op.spec().documentedQps() + ", the page says " + row.get(5));
            }
        }
        assertThat(rows).hasSameSizeAs(TrtcOperations.values());
        assertThat(problems).as("docs/%s vs TrtcOperations", PAGE).isEmpty();
    }

    /** Java on the pages is included from compiled test sources (the *DocsSnippets classes), never inline. */
    @Test
    void javaSnippetsAreIncludedFromCompiledTestSources() throws Exception {
        for (String page : List.of("trtc-component.adoc", "spring-boot.adoc", "quarkus.adoc", "simulator.adoc",
                "shared-state.adoc", "several-instances.adoc")) {
            assertThat(DocsJavaSnippets.problems(page)).as("docs/%s", page).isEmpty();
        }
    }
}
