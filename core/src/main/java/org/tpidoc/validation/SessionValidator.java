package org.tpidoc.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.dosing.DoseCalculator;
import org.tpidoc.dosing.DoseLimits;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.SessionStatus;

/**
 * Judges a session against the clinical rules of DESIGN §5 and returns the findings as data. A
 * session with an error finding must not be signed or exported as final.
 *
 * <p>Immutable and thread-safe: build one (e.g. {@link #standard()}) and share it. A vendor passes its
 * own catalogue, dose limits and consent policy to the constructor, or changes one part with the
 * {@code with...} methods. {@link #validate} never throws on a structurally valid session, whatever its
 * status or shape (drafts, aborted, dry needling, unknown products, sites without volumes).
 *
 * <p>A session {@code entered-in-error} is void: only the catalogue rules run on it (unknown slugs,
 * unknown preparation ids), so that a stored record still resolves; the clinical rules do not apply.
 */
public final class SessionValidator {

    private static final SessionValidator STANDARD =
            new SessionValidator(Catalog.builtIn(), DoseLimits.defaults(), ConsentPolicy.standard());

    private final Catalog catalog;
    private final DoseLimits doseLimits;
    private final ConsentPolicy consentPolicy;
    private final DoseCalculator doseCalculator;
    private final List<Rule> clinicalRules;
    private final List<Rule> voidRecordRules;

    /**
     * A validator that resolves slugs in {@code catalog}, checks doses against {@code doseLimits} and
     * required consent risks with {@code consentPolicy}.
     *
     * @param catalog the catalogue in use, never null
     * @param doseLimits the maximum doses, never null
     * @param consentPolicy the risks that must be disclosed, never null; must be thread-safe
     */
    public SessionValidator(Catalog catalog, DoseLimits doseLimits, ConsentPolicy consentPolicy) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.doseLimits = Objects.requireNonNull(doseLimits, "doseLimits");
        this.consentPolicy = Objects.requireNonNull(consentPolicy, "consentPolicy");
        this.doseCalculator = new DoseCalculator(catalog);
        CatalogueRules catalogueRules = new CatalogueRules();
        this.clinicalRules = List.of(
                new ConsentRules(consentPolicy),
                new TimingRules(),
                new IndicationRules(),
                catalogueRules,
                new SiteRules(),
                new PreparationRules(),
                new InjectateRules(),
                new DoseRules(doseLimits),
                new PatientRules(),
                new OutcomeRules());
        this.voidRecordRules = List.of(catalogueRules);
    }

    /** The built-in catalogue, the default dose limits and the default consent policy. */
    public static SessionValidator standard() {
        return STANDARD;
    }

    /** A validator like this one that resolves slugs in {@code otherCatalog}. */
    public SessionValidator withCatalog(Catalog otherCatalog) {
        return new SessionValidator(otherCatalog, doseLimits, consentPolicy);
    }

    /** A validator like this one that checks doses against {@code otherLimits}. */
    public SessionValidator withDoseLimits(DoseLimits otherLimits) {
        return new SessionValidator(catalog, otherLimits, consentPolicy);
    }

    /** A validator like this one that requires the risks of {@code otherPolicy}. */
    public SessionValidator withConsentPolicy(ConsentPolicy otherPolicy) {
        return new SessionValidator(catalog, doseLimits, otherPolicy);
    }

    /** The catalogue slugs are resolved in. */
    public Catalog catalog() {
        return catalog;
    }

    /** The dose limits enforced. */
    public DoseLimits doseLimits() {
        return doseLimits;
    }

    /** The consent policy applied. */
    public ConsentPolicy consentPolicy() {
        return consentPolicy;
    }

    /**
     * The findings about {@code session}, in rule-group order: consent, timing, indications, catalogue,
     * sites, preparations, injectate, doses, patient, outcome.
     *
     * @param session the session, of any status and shape; never null
     * @return the report; valid when it holds no error
     */
    public ValidationReport validate(InjectionSession session) {
        Objects.requireNonNull(session, "session");
        RuleInput input = new RuleInput(session, catalog, doseCalculator.compute(session));
        List<Rule> rules = session.status() == SessionStatus.ENTERED_IN_ERROR ? voidRecordRules : clinicalRules;
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(input, findings);
        }
        return new ValidationReport(findings);
    }

    @Override
    public String toString() {
        return "SessionValidator[" + catalog + ", " + consentPolicy + "]";
    }
}
