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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the Java of a docs page compiled: every {@code [source,java]} block must consist of AsciiDoc
 * {@code include::<file>[tag=<name>]} lines whose file (relative to the page, as Asciidoctor resolves it) exists and
 * has the {@code // tag::<name>[]} and {@code // end::<name>[]} markers, so the code shown is the code of a test source
 * the build compiles. Inline Java in such a block is a problem.
 */
public final class DocsJavaSnippets {

    private static final Pattern JAVA_BLOCK = Pattern.compile("^\\[source,java[\\],][^\\n]*\\R----\\R(.*?)\\R----$",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern INCLUDE = Pattern.compile("include::([^\\[]+)\\[tag=([\\w-]+)(,[^\\]]*)?]");

    private DocsJavaSnippets() {
    }

    /** What is wrong with the Java blocks of docs/{@code pageName}, one line each; empty when all are includes. */
    public static List<String> problems(String pageName) throws IOException {
        return problems(ComponentDocsPage.findPage(pageName));
    }

    /** What is wrong with the Java blocks of {@code page}, one line each; empty when all are includes. */
    public static List<String> problems(Path page) throws IOException {
        String pageName = page.getFileName().toString();
        String text = Files.readString(page);
        List<String> problems = new ArrayList<>();
        Matcher block = JAVA_BLOCK.matcher(text);
        while (block.find()) {
            int line = (int) text.substring(0, block.start()).lines().count() + 1;
            for (String content : block.group(1).lines().filter(l -> !l.isBlank()).toList()) {
                Matcher include = INCLUDE.matcher(content.strip());
                if (!include.matches()) {
                    problems.add(pageName + ":" + line + ": inline Java '" + content.strip()
                                 + "'; put it in a compiled test source between // tag::name[] and // end::name[]"
                                 + " and include::../path/To/Source.java[tag=name,indent=0] it");
                    break;
                }
                problems.addAll(tagProblems(pageName, line, page.getParent().resolve(include.group(1)).normalize(),
                        include.group(2)));
            }
        }
        return problems;
    }

    private static List<String> tagProblems(String pageName, int line, Path source, String tag) throws IOException {
        if (!Files.isRegularFile(source)) {
            return List.of(pageName + ":" + line + ": includes " + source + ", which does not exist");
        }
        List<String> lines = Files.readAllLines(source).stream().map(String::strip).toList();
        List<String> problems = new ArrayList<>();
        for (String marker : List.of("// tag::" + tag + "[]", "// end::" + tag + "[]")) {
            if (lines.stream().filter(marker::equals).count() != 1) {
                problems.add(pageName + ":" + line + ": " + source.getFileName() + " needs exactly one line '" + marker
                             + "'");
            }
        }
        return problems;
    }
}
