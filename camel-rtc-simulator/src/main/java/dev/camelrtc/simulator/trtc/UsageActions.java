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
package dev.camelrtc.simulator.trtc;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.simulator.http.ApiError;
import dev.camelrtc.simulator.http.Json;

/**
 * DescribeTRTCAIRecognitionUsage: StartTime and EndTime as "yyyy-MM-dd HH:mm:ss" at most 31 days apart (else
 * {@code InvalidParameter.OutOfRange}); one value per AuType, zero usage, per 5 minutes for a period of at most a day,
 * else per day (SDK 3.2.11 TrtcClient Javadoc). The usage keys are the AuType names capitalised, as the tccli example
 * answers "Conversation" for "conversation".
 */
final class UsageActions {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Duration MAX_PERIOD = Duration.ofDays(31);

    private UsageActions() {
    }

    static ObjectNode describe(JsonNode body) {
        LocalDateTime start = time(body, "StartTime");
        LocalDateTime end = time(body, "EndTime");
        if (end.isBefore(start) || Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
            throw new ApiError("InvalidParameter.OutOfRange",
                    "EndTime must not be before StartTime nor more than 31 days after it.");
        }
        ObjectNode out = Json.object();
        ArrayNode keys = out.putArray("UsageKey");
        ArrayNode total = out.putArray("TotalUsage");
        for (JsonNode type : body.get("AuType")) {
            String name = type.asText();
            keys.add(name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1));
            total.add(0.0f);
        }
        ArrayNode list = out.putArray("UsageList");
        boolean daily = Duration.between(start, end).compareTo(Duration.ofDays(1)) > 0;
        LocalDateTime at = daily ? start.toLocalDate().atStartOfDay() : start;
        while (!at.isAfter(end)) {
            ObjectNode item = list.addObject().put("TimeKey", TIME.format(at));
            ArrayNode values = item.putArray("UsageValue");
            keys.forEach(k -> values.add(0.0f));
            at = daily ? at.plusDays(1) : at.plusMinutes(5);
        }
        return out;
    }

    private static LocalDateTime time(JsonNode body, String field) {
        try {
            return LocalDateTime.parse(TrtcBody.text(body, field), TIME);
        } catch (DateTimeParseException e) {
            throw TrtcSchema.invalid(field, "expected yyyy-MM-dd HH:mm:ss");
        }
    }
}
