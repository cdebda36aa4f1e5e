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
package dev.camelrtc.starter.generator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a Spring Boot starter's sources from the catalogs of its components, found on the class path the way Camel
 * finds them: {@code META-INF/services/org/apache/camel/component/<scheme>} names the component class, and the catalog
 * is {@code META-INF/<package of that class>/<scheme>.json}. Per component it writes the
 * {@code <Component>Configuration} and {@code <Component>AutoConfiguration} classes ({@link StarterSources}), and one
 * {@code AutoConfiguration.imports} listing the auto-configurations.
 * <p>
 * Arguments: the output folder (sources go to {@code java/}, resources to {@code resources/}), the package of the
 * generated classes, and the schemes. Run by exec-maven-plugin at generate-sources, set up in the parent pom.
 */
public final class StarterGenerator {

    static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StarterGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: StarterGenerator <output folder> <package> <scheme>...");
        }
        Path output = Path.of(args[0]);
        String packageName = args[1];
        List<String> schemes = Arrays.stream(args, 2, args.length).flatMap(a -> Arrays.stream(a.trim().split("[\\s,]+")))
                .filter(s -> !s.isEmpty()).toList();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<String> autoConfigurations = new ArrayList<>();
        for (String scheme : schemes) {
            StarterSources sources = new StarterSources(packageName, catalog(loader, scheme));
            write(output.resolve("java"), sources.configurationClass(), sources.configurationSource());
            write(output.resolve("java"), sources.autoConfigurationClass(), sources.autoConfigurationSource());
            autoConfigurations.add(sources.autoConfigurationClass());
        }
        Path imports = output.resolve("resources").resolve(IMPORTS);
        Files.createDirectories(imports.getParent());
        Files.writeString(imports, String.join("\n", autoConfigurations) + "\n", StandardCharsets.UTF_8);
    }

    /** The catalog JSON of the component with this scheme, as camel-component-maven-plugin wrote it. */
    static JsonNode catalog(ClassLoader loader, String scheme) throws IOException {
        String service = "META-INF/services/org/apache/camel/component/" + scheme;
        Properties properties = new Properties();
        try (InputStream in = loader.getResourceAsStream(service)) {
            if (in == null) {
                throw new IllegalArgumentException("no component " + scheme + " on the class path (no " + service + ")");
            }
            properties.load(in);
        }
        String componentClass = properties.getProperty("class");
        String catalog = "META-INF/" + componentClass.substring(0, componentClass.lastIndexOf('.')).replace('.', '/')
                         + "/" + scheme + ".json";
        try (InputStream in = loader.getResourceAsStream(catalog)) {
            if (in == null) {
                throw new IllegalArgumentException("no catalog " + catalog + " of component " + scheme);
            }
            return JSON.readTree(in);
        }
    }

    private static void write(Path root, String className, String source) throws IOException {
        Path file = root.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
    }
}
