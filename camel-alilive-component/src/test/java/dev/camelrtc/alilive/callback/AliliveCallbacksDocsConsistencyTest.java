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
package dev.camelrtc.alilive.callback;

import dev.camelrtc.support.docs.CatalogDocsTest;

/**
 * Keeps the alilive-callbacks tables of docs/alilive-component.adoc (titled .Callback ...) equal to the generated catalog
 * metadata ({@code META-INF/dev/camelrtc/alilive/callback/alilive-callbacks.json}).
 */
class AliliveCallbacksDocsConsistencyTest extends CatalogDocsTest {

    AliliveCallbacksDocsConsistencyTest() {
        super("alilive-component.adoc", "META-INF/dev/camelrtc/alilive/callback/alilive-callbacks.json", AliliveCallbacksComponent.class, "camel-alilive-component",
                "Callback");
    }
}
