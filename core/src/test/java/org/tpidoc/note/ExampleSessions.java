package org.tpidoc.note;

import java.util.List;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.testkit.Example;
import org.tpidoc.testkit.Examples;

/** The test kit's example sessions by name (the file name without {@code .json}), read with the library's JSON reader. */
final class ExampleSessions {

    private ExampleSessions() {}

    /** The names of every readable example, in the order of the expectations; the malformed ones are left out. */
    static List<String> readableNames() {
        return Examples.readable().stream().map(Example::name).toList();
    }

    /** The example {@code name}, read with the library's JSON reader. */
    static InjectionSession read(String name) {
        return SessionJson.standard().read(Examples.text(name + ".json"));
    }
}
