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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The route examples of a docs page, for the components' DocsYamlExampleTests. */
public final class DocsExamples {

    private static final Pattern YAML_BLOCK = Pattern.compile("\\[source,yaml]\\s*\\n----\\n(.*?)\\n----",
            Pattern.DOTALL);

    private DocsExamples() {
    }

    /** The first {@code [source,yaml]} block of the page, as written. */
    public static String firstYamlBlock(Path doc) throws Exception {
        Matcher m = YAML_BLOCK.matcher(Files.readString(doc));
        assertThat(m.find()).as("a [source,yaml] block in " + doc).isTrue();
        return m.group(1);
    }
}
