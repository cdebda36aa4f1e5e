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

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DocsJavaSnippetsTest {

    @TempDir
    Path dir;

    @Test
    void acceptsIncludesOfTaggedRegionsThatExist() throws Exception {
        Files.writeString(dir.resolve("Snippets.java"), "class Snippets {\n    // tag::a[]\n    int a;\n    // end::a[]\n}\n");
        Path page = page("[source,java]\n----\ninclude::Snippets.java[tag=a,indent=0]\n----\n");

        assertThat(DocsJavaSnippets.problems(page)).isEmpty();
    }

    @Test
    void reportsInlineJavaAMissingFileAndAMissingTag() throws Exception {
        Files.writeString(dir.resolve("Snippets.java"), "class Snippets {\n    // tag::a[]\n}\n");
        Path page = page("""
                [source,java]
                ----
                from("direct:a").to("log:a");
                ----

                [source,yaml]
                ----
                - route: {}
                ----

                [source,java,indent=0]
                ----
                include::Missing.java[tag=a]
                ----

                [source,java]
                ----
                include::Snippets.java[tag=a]
                ----
                """);

        assertThat(DocsJavaSnippets.problems(page)).satisfiesExactly(
                p -> assertThat(p).startsWith("page.adoc:1: inline Java 'from(\"direct:a\").to(\"log:a\");'"),
                p -> assertThat(p).startsWith("page.adoc:11: includes ").endsWith("Missing.java, which does not exist"),
                p -> assertThat(p).isEqualTo("page.adoc:16: Snippets.java needs exactly one line '// end::a[]'"));
    }

    private Path page(String text) throws Exception {
        return Files.writeString(dir.resolve("page.adoc"), text);
    }
}
