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
package dev.camelrtc.support.call;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A cloud vendor's shared credentials file, the INI file its SDKs' default credential chains read (e.g.
 * {@code ~/.tencentcloud/credentials}): the first of {@code paths} that exists is read, and {@code section} (e.g.
 * {@code default}) of it is turned into credentials by the vendor's {@code mapping}. No file is not an error.
 *
 * @param mapping the credentials of the section's keys (lower-cased), or null when the section does not hold usable
 *                credentials
 */
public record CredentialsFile(List<Path> paths, String section,
                              Function<Map<String, String>, ApiCredentials> mapping) {

    /** The credentials of the section in the first file that exists; null when none exists or the section has none. */
    public ApiCredentials read() {
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                Map<String, String> keys = sections(path).get(section);
                return keys == null ? null : mapping.apply(keys);
            }
        }
        return null;
    }

    /** Where this file is looked for, for messages. */
    public String describe() {
        return "[" + section + "] of " + paths.stream().map(Path::toString).collect(Collectors.joining(" or "));
    }

    /**
     * The sections of an INI file: {@code [name]} lines, {@code key = value} lines (keys lower-cased, values trimmed),
     * comments starting with {@code #} or {@code ;}.
     */
    static Map<String, Map<String, String>> sections(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the message names the file, never its content
            throw new UncheckedIOException("cannot read the credentials file " + path, e);
        }
        Map<String, Map<String, String>> sections = new HashMap<>();
        Map<String, String> current = null;
        for (String raw : lines) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1).trim(), s -> new HashMap<>());
            } else if (current != null && line.indexOf('=') > 0) {
                int eq = line.indexOf('=');
                current.put(line.substring(0, eq).trim().toLowerCase(Locale.ROOT), line.substring(eq + 1).trim());
            }
        }
        return sections;
    }
}
