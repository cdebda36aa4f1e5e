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
package dev.camelrtc.alilive.model;

/**
 * For the component's reply reader: the error envelope fields a response was read with (each null when absent). The
 * component throws an error envelope as an AliliveException, so a reply it delivers never has them, and the response
 * models do not show them.
 */
public final class ReplyErrors {

    private ReplyErrors() {
    }

    /** The Code of the error envelope {@code response} was read from. */
    public static String code(AliliveResponse response) {
        return response.errorCode;
    }

    /** The Message of the error envelope {@code response} was read from. */
    public static String message(AliliveResponse response) {
        return response.errorMessage;
    }

    /** The HostId of the error envelope {@code response} was read from. */
    public static String hostId(AliliveResponse response) {
        return response.hostId;
    }

    /** The Recommend (a troubleshooting link) of the error envelope {@code response} was read from. */
    public static String recommend(AliliveResponse response) {
        return response.recommend;
    }
}
