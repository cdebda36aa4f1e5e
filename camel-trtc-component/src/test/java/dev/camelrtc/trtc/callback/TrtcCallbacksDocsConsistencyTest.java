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
package dev.camelrtc.trtc.callback;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.camelrtc.support.docs.ComponentDocsPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the trtc-callbacks tables of docs/trtc-component.adoc equal to the generated catalog metadata
 * ({@code META-INF/dev/camelrtc/trtc/callback/trtc-callbacks.json}): every option and header has a row with the same
 * default and type, and no row names something the metadata lacks.
 */
class TrtcCallbacksDocsConsistencyTest {

    private static ComponentDocsPage docs;

    @BeforeAll
    static void load() throws IOException {
        docs = ComponentDocsPage.load("trtc-component.adoc", "META-INF/dev/camelrtc/trtc/callback/trtc-callbacks.json",
                TrtcCallbacksDocsConsistencyTest.class);
    }

    @Test
    void everyComponentOptionIsDocumented() {
        assertThat(docs.optionProblems("componentProperties", ".Callback component options")).as(docs.description())
                .isEmpty();
    }

    @Test
    void everyEndpointOptionIsDocumented() {
        assertThat(docs.optionProblems("properties", ".Callback endpoint options")).as(docs.description()).isEmpty();
    }

    @Test
    void everyHeaderIsDocumented() {
        assertThat(docs.headerProblems(".Callback message headers")).as(docs.description()).isEmpty();
    }

    @Test
    void everySecretOptionIsMaskedByCamel() throws Exception {
        assertThat(docs.secretOptionsCamelDoesNotMask()).as(docs.description()).isEmpty();
    }
}
