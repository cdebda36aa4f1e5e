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

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.util.SensitiveUtils;

/**
 * Makes Camel mask every option a component marks secret. Camel masks endpoint URI values whose name contains a
 * sensitive word, but its start-up summary and configuration logging compare whole names with a fixed list
 * ({@code secretkey} is there, {@code secretid}, {@code securitytoken} and {@code callbacksecret} are not), plus the
 * context's additional sensitive keywords ({@code camel.main.additionalSensitiveKeywords}). A component adds its
 * secret option names there, keeping what the user set.
 */
public final class SensitiveKeywords {

    private SensitiveKeywords() {
    }

    /** Adds the names of the fields of {@code types} (and their superclasses) marked {@code secret = true}. */
    public static void addSecretOptions(CamelContext context, Class<?>... types) {
        Set<String> names = new LinkedHashSet<>();
        for (Class<?> type : types) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    UriParam param = field.getAnnotation(UriParam.class);
                    Metadata metadata = field.getAnnotation(Metadata.class);
                    if (param != null && param.secret() || metadata != null && metadata.secret()) {
                        names.add(field.getName().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        names.removeIf(SensitiveUtils::containsSensitive);
        if (names.isEmpty()) {
            return;
        }
        ExtendedCamelContext extension = context.getCamelContextExtension();
        String current = extension.getAdditionalSensitiveKeywords();
        if (current != null && !current.isBlank()) {
            Set<String> all = new LinkedHashSet<>();
            Arrays.stream(current.split(",")).map(String::trim).filter(k -> !k.isEmpty()).forEach(all::add);
            all.addAll(names);
            names = all;
        }
        extension.setAdditionalSensitiveKeywords(String.join(",", names));
    }
}
