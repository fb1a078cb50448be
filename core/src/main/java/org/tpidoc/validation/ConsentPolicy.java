package org.tpidoc.validation;

import java.util.Set;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.session.InjectionSession;

/**
 * Which risks must be disclosed when consent is obtained for a session. {@link SessionValidator}
 * reports one {@code consent-risk-not-disclosed} finding per required risk missing from {@code
 * consent.risksDisclosed}. A vendor supplies its own policy (a lambda will do); implementations must
 * be immutable and thread-safe, since one validator serves many threads.
 */
@FunctionalInterface
public interface ConsentPolicy {

    /**
     * The slugs of the risks that must be disclosed for {@code session}, in the order findings should
     * be reported. Never null; never throws on a structurally valid session (unknown slugs in the
     * session are to be ignored, the validator reports them).
     *
     * @param session the session, of any status and shape
     * @param catalog the catalogue in use, to resolve muscles and products
     */
    Set<String> requiredRisks(InjectionSession session, Catalog catalog);

    /**
     * The default policy of DESIGN §5: always pain, bleeding, bruising, infection, allergic-reaction,
     * dizziness-fainting, nerve-damage and no-improvement; plus pneumothorax when any site's muscle is a
     * chest-wall muscle ({@code Muscle.chestWall}); steroid-effects when a corticosteroid is drawn up in
     * any preparation; botulinum-toxin-spread when a botulinum toxin is.
     */
    static ConsentPolicy standard() {
        return StandardConsentPolicy.INSTANCE;
    }
}
