package org.tpidoc.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;

/** Generated sessions, valid or defective, survive the JSON form unchanged. */
class SessionGeneratorJsonTest {

    private static final SessionJson JSON = SessionJson.standard();

    @Test
    void roundTripsValidSessionsThroughJson() {
        List<String> failures = new ArrayList<>();
        SessionGenerator.seeded(2026).stream(5_000).forEach(session -> {
            InjectionSession back = JSON.read(JSON.write(session));
            if (!back.equals(session)) {
                failures.add(session.id().toString());
            }
        });

        assertThat(failures).isEmpty();
    }

    @Test
    void roundTripsDefectiveSessionsThroughJson() {
        SessionGenerator.seeded(2027)
                .withDefects(Defect.values())
                .generated(2_000)
                .forEach(g -> assertThat(JSON.read(JSON.writePretty(g.session())))
                        .as("%s", g.defect())
                        .isEqualTo(g.session()));
    }
}
