package org.tpidoc.fhir.datatype;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Property;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.ReadContext;

/**
 * Reports what a reader did not read: every element of a resource with a value that is neither read nor
 * derived ({@link ImportCode#UNMAPPED_ELEMENT}, information for administrative elements, a warning for the
 * rest), every modifier extension ({@link ImportCode#UNKNOWN_MODIFIER_EXTENSION}: it may change the
 * resource's meaning), and security labels. The narrative, id, meta and language carry nothing a session
 * lacks and are not reported.
 */
public final class Unmapped {

    private static final Set<String> SILENT =
            Set.of("id", "meta", "implicitRules", "language", "text", "extension", "modifierExtension", "contained");

    private Unmapped() {}

    /**
     * Reports the elements of the resource at {@code located} with a value whose name is in neither {@code
     * read} nor {@code administrative}, and (as information) those in {@code administrative}; names are
     * the definition's ({@code performed[x]}).
     */
    public static void elements(ReadContext context, Located located, Set<String> read, Set<String> administrative) {
        Base resource = located.resource();
        for (Property property : resource.children()) {
            String name = property.getName();
            if (!property.hasValues() || SILENT.contains(name) || read.contains(name)) {
                continue;
            }
            List<Base> values = property.getValues();
            for (int i = 0; i < values.size(); i++) {
                String path = located.path() + "." + concrete(name, values.get(i))
                        + (property.getMaxCardinality() > 1 ? "[" + i + "]" : "");
                String message = "element " + name + " has no place in a session; not carried over";
                if (administrative.contains(name)) {
                    context.findings().add(ImportCode.UNMAPPED_ELEMENT_NOTHING_LOST, path, message);
                } else {
                    context.findings().add(ImportCode.UNMAPPED_ELEMENT, path, message);
                }
            }
        }
        if (resource instanceof DomainResource domain) {
            modifierExtensions(context, located, domain.getModifierExtension());
            if (domain.hasMeta() && domain.getMeta().hasSecurity()) {
                context.findings()
                        .add(
                                ImportCode.UNMAPPED_ELEMENT_NOTHING_LOST,
                                located.at("meta") + ".security",
                                "security labels are not kept with the session; apply them to it yourself");
            }
        }
    }

    /** Reports each of {@code modifiers}, found in {@code located}, as an error. */
    public static void modifierExtensions(ReadContext context, Located located, List<Extension> modifiers) {
        for (int i = 0; i < modifiers.size(); i++) {
            context.findings()
                    .add(
                            ImportCode.UNKNOWN_MODIFIER_EXTENSION,
                            located.at("modifierExtension", i),
                            "modifier extension"
                                    + CodeReader.quoted(
                                            String.valueOf(modifiers.get(i).getUrl()))
                                    + " is not understood: the resource may not mean what the session says");
        }
    }

    private static String concrete(String name, Base value) {
        if (!name.endsWith("[x]")) {
            return name;
        }
        String type = value.fhirType();
        return name.substring(0, name.length() - 3) + type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1);
    }
}
