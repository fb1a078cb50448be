package org.tpidoc.fhir.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResourceIdsTest {

    private static final UUID SESSION = UUID.fromString("8c6f0b8e-2d7a-4f55-9a53-0c3e8f5b1d11");

    @Test
    void derivesTheSameIdFromTheSameSessionAndRole() {
        assertThat(ResourceIds.of(SESSION, "Procedure")).isEqualTo(ResourceIds.of(SESSION, "Procedure"));
        assertThat(ResourceIds.of(SESSION, "Procedure").version()).isEqualTo(3);
    }

    @Test
    void derivesDifferentIdsForDifferentRolesAndSessions() {
        UUID other = UUID.fromString("2b1f6a3c-7d44-4c1e-8f0e-5a9d3c2b1e07");

        assertThat(ResourceIds.of(SESSION, "Medication/A")).isNotEqualTo(ResourceIds.of(SESSION, "Medication/B"));
        assertThat(ResourceIds.of(SESSION, "Procedure")).isNotEqualTo(ResourceIds.of(other, "Procedure"));
    }

    @Test
    void isPinnedSoExportedIdsNeverChange() {
        assertThat(ResourceIds.of(SESSION, "Procedure")).hasToString("bd3517fc-dfc7-3c55-bdd9-c319be6de7fa");
    }
}
