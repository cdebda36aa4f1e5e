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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/versions.adoc says which version each build property has and what CI runs: its property table must show the
 * values of the poms, and .ci/run must run the profile it names.
 */
class VersionsPageTest {

    private static final Path PAGE = ComponentDocsPage.findPage("versions.adoc");
    private static final Path ROOT = PAGE.getParent().getParent();
    private static final Pattern ROW = Pattern.compile("^\\| (?:profile )?`([^`]+)`(?: \\(`[^`]+`\\))? \\| ([^ |]+) \\|",
            Pattern.MULTILINE);

    @Test
    void propertyTableShowsThePomsVersions() throws IOException {
        String root = Files.readString(ROOT.resolve("pom.xml"));
        String quarkusApp = Files.readString(ROOT.resolve("examples/quarkus-app/pom.xml"));
        Map<String, String> inPoms = new LinkedHashMap<>();
        inPoms.put("camel.version", property(root.substring(0, root.indexOf("<profiles>")), "camel.version"));
        inPoms.put("camel-newest", property(profile(root, "camel-newest"), "camel.version"));
        for (String name : new String[] {"camel-component-maven-plugin.version", "camel-spring-boot.version",
                                         "spring-boot.version"}) {
            inPoms.put(name, property(root, name));
        }
        inPoms.put("camel-quarkus.version", property(quarkusApp, "camel-quarkus.version"));

        Map<String, String> onPage = new LinkedHashMap<>();
        Matcher row = ROW.matcher(Files.readString(PAGE));
        while (row.find()) {
            onPage.put(row.group(1), row.group(2));
        }
        assertThat(onPage).as("docs/versions.adoc property table vs the poms").isEqualTo(inPoms);
    }

    @Test
    void ciRunsTheNewestCamelProfile() throws IOException {
        assertThat(Files.readString(ROOT.resolve(".ci/run"))).contains("mvn -B verify\n")
                .contains("-Pcamel-newest -pl camel-rtc-support,camel-trtc-component,camel-alilive-component -am");
    }

    private static String profile(String pom, String id) {
        int start = pom.indexOf("<id>" + id + "</id>");
        assertThat(start).as("profile %s in pom.xml", id).isPositive();
        return pom.substring(start, pom.indexOf("</profile>", start));
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">").matcher(pom);
        assertThat(m.find()).as("<%s> in the pom", name).isTrue();
        return m.group(1);
    }
}
