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
package dev.camelrtc.alilive.springboot;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.camelrtc.support.testing.StarterMetadata;

/** Every catalog option of alilive: and alilive-callbacks: is a Spring Boot property with its type, default and text. */
class AliliveStarterMetadataTest {

    @ParameterizedTest
    @ValueSource(strings = { "META-INF/dev/camelrtc/alilive/alilive.json",
        "META-INF/dev/camelrtc/alilive/callback/alilive-callbacks.json" })
    void everyComponentOptionHasItsProperty(String catalog) throws Exception {
        StarterMetadata.of(catalog).assertAgrees();
    }
}
