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
package dev.camelrtc.support;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedCamelContext;

/**
 * Adds option names to the keywords a CamelContext masks beside Camel's own list (the context's
 * {@code additionalSensitiveKeywords}, which {@code camel.main.additionalSensitiveKeywords} also sets), keeping
 * what the user set there.
 */
public final class SensitiveKeywords {

    private SensitiveKeywords() {
    }

    /** @param keywords option names in lower case without dashes, as Camel compares them */
    public static void add(CamelContext context, String... keywords) {
        ExtendedCamelContext extension = context.getCamelContextExtension();
        Set<String> all = new LinkedHashSet<>();
        String current = extension.getAdditionalSensitiveKeywords();
        if (current != null && !current.isBlank()) {
            Arrays.stream(current.split(",")).map(String::trim).filter(k -> !k.isEmpty()).forEach(all::add);
        }
        Arrays.stream(keywords).map(k -> k.toLowerCase(Locale.ROOT)).forEach(all::add);
        extension.setAdditionalSensitiveKeywords(String.join(",", all));
    }
}
