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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of a callbacks scheme's tables (titled {@code .Callback component options}, {@code .Callback endpoint
 * options} and {@code .Callback message headers}) in its component's docs page against the scheme's generated catalog
 * metadata: every option and header has a row with the same default and type, and no row names something the
 * metadata lacks. A component's test extends it, naming its page and metadata.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CallbackDocsTest {

    private final String pageName;
    private final String metadataResource;
    private ComponentDocsPage docs;

    protected CallbackDocsTest(String pageName, String metadataResource) {
        this.pageName = pageName;
        this.metadataResource = metadataResource;
    }

    @BeforeAll
    void load() throws IOException {
        docs = ComponentDocsPage.load(pageName, metadataResource, getClass());
    }

    @Test
    public void everyComponentOptionIsDocumented() {
        assertThat(docs.optionProblems("componentProperties", ".Callback component options")).as(docs.description())
                .isEmpty();
    }

    @Test
    public void everyEndpointOptionIsDocumented() {
        assertThat(docs.optionProblems("properties", ".Callback endpoint options")).as(docs.description()).isEmpty();
    }

    @Test
    public void everyHeaderIsDocumented() {
        assertThat(docs.headerProblems(".Callback message headers")).as(docs.description()).isEmpty();
    }
}
