package org.tpidoc.examples;

import java.io.PrintStream;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;

/**
 * Documents a session in code: builds the DESIGN §4 sample with the builder (the builder checks its
 * structure: required parts, pain 0–10, points ≥ 1, ...), reads its JSON form back to prove the round
 * trip, and prints the JSON.
 *
 * <p>Run: {@code java -jar examples/target/tpidoc.jar} after {@code mvn -B -q package -DskipTests}.
 */
public final class DocumentSessionExample {

    private DocumentSessionExample() {}

    /** Prints the sample session's JSON form to standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Builds the sample session, checks its JSON round trip, and prints the JSON to {@code out}. */
    static InjectionSession run(PrintStream out) {
        InjectionSession session = SampleSession.neckShoulder();
        SessionJson json = SessionJson.standard();
        String text = json.writePretty(session);
        if (!json.read(text).equals(session)) {
            throw new IllegalStateException("the JSON form did not read back to an equal session");
        }
        out.println(text);
        return session;
    }
}
