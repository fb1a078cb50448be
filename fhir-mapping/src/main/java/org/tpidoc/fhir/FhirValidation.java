package org.tpidoc.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Patient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.conformance.ConformancePackage;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.Severity;

/**
 * Strict offline FHIR R4 instance validation with HAPI's {@link FhirInstanceValidator}: the base
 * StructureDefinitions and ValueSets ({@link DefaultProfileValidationSupport}), the common code systems
 * (UCUM, languages, MIME types, ...), our {@link ConformancePackage} loaded from its NPM form (profiles,
 * extensions, code systems and value sets: under the default canonical base with the built-in catalogue's
 * entries for {@link #shared()}, or a vendor's base and catalogue for {@link #of(MappingOptions, Catalog)}),
 * every resource checked against the profiles its {@code meta.profile} declares, an unknown or misplaced
 * extension an error (no extension is allowed without a definition), in-memory expansion of the value sets shipped
 * with the core specification and checking of codes in those code systems, and snapshot generation. Code
 * systems that cannot be checked offline (SNOMED CT, RxNorm, CPT, HCPCS, ICD-10-CM, ATC, and ours under
 * another canonical base) give a warning, not an error.
 *
 * <p>No remote terminology server and no profile fetcher are configured, so validation never touches
 * the network. The support chain caches its look-ups (its built-in cache; HAPI 8 deprecates the separate
 * {@code CachingValidationSupport}). Building the chain and loading the specification take a few seconds,
 * so {@link #shared()} builds it once per process; an instance is immutable and thread-safe.
 */
public final class FhirValidation {

    /** The code of a validator message that has no message id. */
    public static final String NO_MESSAGE_ID = "fhir-validation";

    private static final Logger LOG = LoggerFactory.getLogger(FhirValidation.class);

    private final ValidationSupportChain support;
    private final FhirValidator validator;

    /** A validator over the R4 core definitions and the conformance package {@code packageTgz} (a {@code package.tgz}). */
    private FhirValidation(byte[] packageTgz) {
        long started = System.nanoTime();
        FhirContext context = Fhir.context();
        UnknownCodeSystemWarningValidationSupport unknownCodeSystems =
                new UnknownCodeSystemWarningValidationSupport(context);
        unknownCodeSystems.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
        this.support = new ValidationSupportChain(
                ValidationSupportChain.CacheConfiguration.defaultValues(),
                Fhir.coreDefinitions(),
                new CommonCodeSystemsTerminologyService(context),
                conformancePackage(context, packageTgz),
                new InMemoryTerminologyServerValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context),
                unknownCodeSystems);
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(support);
        instanceValidator.setAnyExtensionsAllowed(false);
        this.validator = context.newValidator().registerValidatorModule(instanceValidator);
        // Load the specification now rather than on a caller's first validation.
        validator.validateWithResult(new Patient().setActive(true));
        LOG.debug("FHIR validator built in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Our conformance package, loaded as any other NPM package is: written to its {@code package.tgz} form and
     * read back through its index, so the validator sees exactly what we publish.
     */
    private static PrePopulatedValidationSupport conformancePackage(FhirContext context, byte[] packageTgz) {
        PrePopulatedValidationSupport loaded = new PrePopulatedValidationSupport(context);
        try {
            ConformancePackage.read(new ByteArrayInputStream(packageTgz)).forEach(loaded::addResource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loaded;
    }

    /**
     * The process-wide validator over {@link Fhir#context()} for exports made with the default options and
     * the built-in catalogue, built on first use from the package the build shipped in the jar ({@link
     * ConformancePackage#builtInTgz()}). Thread-safe.
     */
    public static FhirValidation shared() {
        return Holder.INSTANCE;
    }

    /**
     * A validator for exports made with {@code options} and a vendor's {@code catalog}: our code systems
     * under the options' canonical base, holding the catalogue's own entries (a vendor's added muscle,
     * product, risk, ...), so those codes are checked instead of reported as unknown. Building one generates
     * the package's snapshots and takes seconds (10–20 on a busy two-core machine): build it once and share it
     * (it is immutable and thread-safe).
     */
    public static FhirValidation of(MappingOptions options, Catalog catalog) {
        ConformancePackage conformance = ConformancePackage.of(
                Objects.requireNonNull(options, "options"), Objects.requireNonNull(catalog, "catalog"));
        return new FhirValidation(conformance.toTgz());
    }

    /**
     * Validates a resource (a bundle is validated with every entry).
     *
     * @param resource an R4 resource of {@link Fhir#context()}
     * @return every issue found; never null
     */
    public FhirValidationResult validate(IBaseResource resource) {
        Objects.requireNonNull(resource, "resource");
        return convert(validator.validateWithResult(resource));
    }

    /**
     * Validates a resource given as JSON or XML text.
     *
     * @param resourceText the encoded resource; its format is detected from the first character
     * @return every issue found, including parse problems; never null
     */
    public FhirValidationResult validate(String resourceText) {
        Objects.requireNonNull(resourceText, "resourceText");
        return convert(validator.validateWithResult(resourceText));
    }

    /** Whether a remote terminology service is part of the chain: always {@code false}. */
    public boolean usesRemoteTerminology() {
        return support.isRemoteTerminologyServiceConfigured();
    }

    private static FhirValidationResult convert(ValidationResult result) {
        List<Finding> issues =
                result.getMessages().stream().map(FhirValidation::issue).toList();
        return new FhirValidationResult(issues);
    }

    /**
     * One validator message as a {@link Finding}: coded by HAPI's stable message id (e.g. {@code
     * Terminology_TX_System_Unknown}; {@value #NO_MESSAGE_ID} when HAPI gives none), at the FHIRPath of the
     * element concerned. The severity is the validator's: these codes are HAPI's, not ours.
     */
    private static Finding issue(SingleValidationMessage message) {
        String id = message.getMessageId();
        String location = message.getLocationString();
        return new Finding(
                severity(message.getSeverity()),
                id == null || id.isBlank() ? NO_MESSAGE_ID : id,
                location == null || location.isBlank() ? "(input)" : location,
                Objects.requireNonNullElse(message.getMessage(), ""));
    }

    private static Severity severity(ResultSeverityEnum severity) {
        return switch (severity) {
            case FATAL, ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            case INFORMATION -> Severity.INFO;
        };
    }

    private static final class Holder {
        static final FhirValidation INSTANCE = new FhirValidation(ConformancePackage.builtInTgz());
    }
}
