package org.tpidoc.fhir.datatype;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.References;
import org.tpidoc.fhir.kernel.Resolution;
import org.tpidoc.fhir.kernel.ResourceIndex;

/**
 * References to what lies outside the session (patient, encounter, clinician, location) back to session
 * references: the inverse of {@link References}. A literal reference is kept as written when it can be
 * followed outside the input ({@code Patient/123}, an absolute URL); one that only makes sense inside the
 * input ({@code urn:uuid:...}) becomes the referred resource's {@code Type/id}, or its first identifier.
 * The type is checked against what the element allows.
 */
public final class ReferenceReader {

    private ReferenceReader() {}

    /**
     * The session reference of {@code reference}, found in {@code from} at {@code path}, to a resource of
     * one of {@code types}; empty (with a finding) when it cannot be carried.
     */
    public static Optional<org.tpidoc.session.Reference> external(
            ReadContext context, Located from, Reference reference, String path, Set<String> types) {
        String literal = null;
        org.tpidoc.session.@Nullable Identifier identifier =
                reference.hasIdentifier() ? identifier(reference.getIdentifier()) : null;
        if (reference.hasReference()) {
            Resolution resolution = context.index().resolve(from, reference);
            Located target = resolution.target();
            if (resolution.kind() == Resolution.Kind.INTERNAL && target != null) {
                if (!types.contains(target.type())) {
                    return wrongType(context, path, target.type(), types);
                }
                context.use(target);
                literal = portable(reference.getReference(), target);
                if (literal == null && identifier == null) {
                    identifier = firstIdentifier(target.resource());
                }
            } else if (resolution.kind() == Resolution.Kind.DANGLING) {
                context.findings()
                        .add(ImportCode.DANGLING_REFERENCE, path, "refers to a resource the input does not contain");
            } else {
                String type = ResourceIndex.typeOf(reference.getReference());
                if (type != null && !types.contains(type)) {
                    return wrongType(context, path, type, types);
                }
                literal = reference.getReference();
            }
        }
        if (reference.hasType() && !types.contains(reference.getType())) {
            return wrongType(context, path, reference.getType(), types);
        }
        if (literal == null && identifier == null) {
            context.findings()
                    .add(
                            ImportCode.INVALID_REFERENCE,
                            path,
                            "has neither a reference that can be followed nor an identifier with a system");
            return Optional.empty();
        }
        String display = reference.hasDisplay() && !reference.getDisplay().isBlank() ? reference.getDisplay() : null;
        return Optional.of(new org.tpidoc.session.Reference(literal, identifier, display));
    }

    /** The reference as the session keeps it: as written unless it only resolves inside the input. */
    private static @Nullable String portable(String written, Located target) {
        if (!written.startsWith("urn:") && !written.startsWith("#")) {
            return written;
        }
        String id = target.id();
        return id != null && !target.hasOnlyUrnIdentity() ? target.type() + "/" + id : null;
    }

    private static org.tpidoc.session.@Nullable Identifier firstIdentifier(Resource resource) {
        Property identifiers = resource.getChildByName("identifier");
        if (identifiers == null) {
            return null;
        }
        return identifiers.getValues().stream()
                .filter(Identifier.class::isInstance)
                .map(value -> identifier((Identifier) value))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static org.tpidoc.session.@Nullable Identifier identifier(Identifier identifier) {
        if (!identifier.hasSystem()
                || !identifier.hasValue()
                || identifier.getSystem().isBlank()
                || identifier.getValue().isBlank()) {
            return null;
        }
        return new org.tpidoc.session.Identifier(identifier.getSystem(), identifier.getValue());
    }

    private static Optional<org.tpidoc.session.Reference> wrongType(
            ReadContext context, String path, String type, Set<String> types) {
        context.findings()
                .add(
                        ImportCode.WRONG_REFERENCE_TYPE,
                        path,
                        "refers to a " + type + " where "
                                + String.join(
                                        " or ",
                                        List.copyOf(types).stream().sorted().toList())
                                + " is expected; not carried over");
        return Optional.empty();
    }
}
