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
package dev.camelrtc.examples.springboot;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Camel version on the application's classpath: Camel's jars and Camel Spring Boot's starters, as Maven resolved
 * them, must all be the Camel version the components are built with, and Spring Boot the version that Camel Spring
 * Boot release is built for. A camel-spring-boot-bom of another Camel version (issue 14: 4.17 starters beside the
 * components' 4.18 camel-support) fails here, naming the jars.
 */
class CamelVersionsTest {

    private static final Pattern CAMEL_POM = Pattern
            .compile("META-INF/maven/(org\\.apache\\.camel(?:\\.springboot)?)/([^/]+)/pom\\.properties");

    @Test
    void everyCamelJarHasTheOneCamelVersion() throws IOException {
        String expected = System.getProperty("expected.camel.version");
        assertThat(expected).as("set by the pom").isNotBlank();
        Map<String, String> camelJars = camelJarVersions();
        System.out.printf("Camel jars on the classpath: %d, versions %s%n", camelJars.size(),
                new TreeSet<>(camelJars.values()));
        assertThat(camelJars).as("Camel jars").containsKeys("org.apache.camel:camel-support",
                "org.apache.camel.springboot:camel-spring-boot");
        assertThat(camelJars).as("every Camel and Camel Spring Boot jar at " + expected)
                .allSatisfy((jar, version) -> assertThat(version).as(jar).isEqualTo(expected));
    }

    @Test
    void springBootIsTheVersionCamelSpringBootIsBuiltFor() {
        assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("expected.spring-boot.version"));
    }

    /** groupId:artifactId to version of every Camel jar on the class path, from the pom.properties Maven puts in it. */
    private static Map<String, String> camelJarVersions() throws IOException {
        Map<String, String> versions = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.endsWith(".jar")) {
                continue;
            }
            try (JarFile jar = new JarFile(entry)) {
                for (JarEntry e : Collections.list(jar.entries())) {
                    Matcher m = CAMEL_POM.matcher(e.getName());
                    if (m.matches()) {
                        Properties pom = new Properties();
                        try (InputStream in = jar.getInputStream(e)) {
                            pom.load(in);
                        }
                        versions.put(m.group(1) + ":" + m.group(2), pom.getProperty("version"));
                    }
                }
            }
        }
        return versions;
    }
}
