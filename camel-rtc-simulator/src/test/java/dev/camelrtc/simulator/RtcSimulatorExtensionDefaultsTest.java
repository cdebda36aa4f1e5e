package dev.camelrtc.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(RtcSimulatorExtension.class)
class RtcSimulatorExtensionDefaultsTest {

    @Test
    void defaultExtensionStartsASimulatorWithDefaults(RtcSimulator sim) {
        assertThat(sim.port()).isPositive();
        assertThat(sim.timings().inProgressAfter()).isEqualTo(SimulatorTimings.defaults().inProgressAfter());
    }
}
