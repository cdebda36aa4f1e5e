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
package dev.camelrtc.trtc.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * For the component's reply reader: the Error object a response was read with. The component throws an error answer
 * as a TrtcException, so a reply it delivers never has one, and the response models do not show it.
 */
public final class ReplyErrors {

    private ReplyErrors() {
    }

    /** The API's Error object (Code, Message) of the error answer {@code response} was read from, else null. */
    public static JsonNode of(TrtcResponse response) {
        return response.error;
    }
}
