package org.tpidoc.fhir.conformance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.terminology.OwnCodeSystems;

/**
 * Our FHIR R4 conformance package, as an implementation guide would publish it: a StructureDefinition per
 * extension the export emits, a profile per resource it emits (each exported resource names its profile in
 * {@code meta.profile}), our CodeSystems and a ValueSet of each, all under the options' canonical base and
 * with generated snapshots; and the NPM package ({@code package.tgz}) that holds them, which HAPI's and the
 * HL7 validator's package loaders read. Immutable once built; building one takes seconds (the core
 * definitions are loaded for the snapshots).
 */
public final class ConformancePackage {

    /** The NPM name of the package. */
    public static final String NAME = "tpidoc.fhir";

    /** The resource beside this class that holds the built-in package as the build wrote it. */
    static final String BUILT_IN_RESOURCE = "tpidoc-fhir-package.tgz";

    private final MappingOptions options;
    private final String version;
    private final List<CodeSystem> codeSystems;
    private final List<ValueSet> valueSets;
    private final List<StructureDefinition> extensions;
    private final List<StructureDefinition> profiles;

    private ConformancePackage(MappingOptions options, Catalog catalog) {
        this.options = options;
        this.version = libraryVersion();
        this.codeSystems = OwnCodeSystems.of(options, catalog);
        this.valueSets = ValueSets.of(options, catalog, codeSystems);
        Snapshots snapshots = new Snapshots(Fhir.context(), Fhir.coreDefinitions());
        this.extensions = snapshots.of(new ExtensionDefinitions(options)
                .all().stream()
                        .map(spec -> ExtensionStructures.of(options, spec))
                        .toList());
        List<StructureDefinition> differentials = new ArrayList<>();
        differentials.add(ProcedureProfile.of(options));
        differentials.addAll(ResourceProfiles.of(options));
        this.profiles = snapshots.of(differentials);
    }

    private ConformancePackage(MappingOptions options, List<IBaseResource> resources) {
        this.options = options;
        this.version = libraryVersion();
        this.codeSystems = ofType(resources, CodeSystem.class);
        this.valueSets = ofType(resources, ValueSet.class);
        List<StructureDefinition> definitions = ofType(resources, StructureDefinition.class);
        this.extensions = definitions.stream()
                .filter(d -> "Extension".equals(d.getType()))
                .toList();
        this.profiles = definitions.stream()
                .filter(d -> !"Extension".equals(d.getType()))
                .toList();
    }

    /**
     * The package of {@link #builtIn()} as the build shipped it in the library's jar ({@link #builtInTgz()}),
     * read rather than built: no snapshot is generated, so it takes a fraction of a second instead of
     * seconds. The same resources as {@code builtIn()}, each kind in the package index's order.
     */
    public static ConformancePackage shipped() {
        try {
            return new ConformancePackage(MappingOptions.defaults(), read(new ByteArrayInputStream(builtInTgz())));
        } catch (IOException e) {
            throw new UncheckedIOException("the package shipped in the jar cannot be read", e);
        }
    }

    private static <T extends Resource> List<T> ofType(List<IBaseResource> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * The {@code package.tgz} of {@link #builtIn()}: the one the build wrote into the library's jar (a resource
     * {@value #BUILT_IN_RESOURCE} beside this class) when present, so that no snapshot is generated at run
     * time; else built now.
     */
    public static byte[] builtInTgz() {
        try (InputStream shipped = ConformancePackage.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (shipped != null) {
                return shipped.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return builtIn().toTgz();
    }

    /** The package of the default options and the built-in catalogue. */
    public static ConformancePackage builtIn() {
        return of(MappingOptions.defaults(), Catalog.builtIn());
    }

    /**
     * The package for exports made with {@code options} (its canonical base) and {@code catalog} (the codes
     * of our code systems); its snapshots are generated over the process's {@link Fhir#coreDefinitions()}.
     */
    public static ConformancePackage of(MappingOptions options, Catalog catalog) {
        return new ConformancePackage(
                Objects.requireNonNull(options, "options"), Objects.requireNonNull(catalog, "catalog"));
    }

    /** The package's NPM name, {@value #NAME}. */
    public String name() {
        return NAME;
    }

    /** The package's version: the library's. */
    public String version() {
        return version;
    }

    /** The canonical base of every resource in the package. */
    public String canonical() {
        return options.canonicalBase();
    }

    /** Our code systems, complete. */
    public List<CodeSystem> codeSystems() {
        return copies(codeSystems);
    }

    /** One value set of all codes per code system. */
    public List<ValueSet> valueSets() {
        return copies(valueSets);
    }

    /** The StructureDefinition of every extension of ours, with its snapshot. */
    public List<StructureDefinition> extensions() {
        return copies(extensions);
    }

    /** The profile of every resource the export emits, with its snapshot. */
    public List<StructureDefinition> profiles() {
        return copies(profiles);
    }

    /** Every conformance resource: code systems, value sets, extensions, profiles. */
    public List<Resource> resources() {
        List<Resource> all = new ArrayList<>();
        all.addAll(codeSystems());
        all.addAll(valueSets());
        all.addAll(extensions());
        all.addAll(profiles());
        return all;
    }

    /**
     * The package described for people, as {@code docs/profiles.md} holds it: a table per profile (element,
     * cardinality, type, binding, must-support, meaning), per extension and of the value sets.
     */
    public String profilesMarkdown() {
        List<StructureDefinition> definitions = new ArrayList<>(profiles);
        definitions.addAll(extensions);
        return ProfilesDocument.markdown("tpidoc FHIR profiles and extensions", definitions, valueSets);
    }

    /** Writes the NPM package ({@code package.tgz}: gzipped tar of {@code package/}) to {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        PackageFiles.write(NAME, version, canonical(), resources(), out);
    }

    /** The NPM package's bytes. */
    public byte[] toTgz() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The conformance resources of an NPM package read from {@code tgz} (ours, or any other), as its index
     * lists them: code systems, value sets and StructureDefinitions.
     */
    public static List<IBaseResource> read(InputStream tgz) throws IOException {
        return PackageFiles.read(Objects.requireNonNull(tgz, "tgz"));
    }

    @SuppressWarnings("unchecked")
    private static <T extends Resource> List<T> copies(List<T> resources) {
        return resources.stream().map(resource -> (T) resource.copy()).toList();
    }

    /** The library's version, which every package it builds carries: e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String libraryVersion() {
        Properties properties = new Properties();
        try (InputStream in = ConformancePackage.class.getResourceAsStream("package.properties")) {
            if (in == null) {
                throw new IllegalStateException("package.properties is missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
