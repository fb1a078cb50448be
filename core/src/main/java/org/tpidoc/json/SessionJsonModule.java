package org.tpidoc.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.tpidoc.session.Attestation;
import org.tpidoc.session.Coded;
import org.tpidoc.session.Component;
import org.tpidoc.session.Container;
import org.tpidoc.session.FollowUp;
import org.tpidoc.session.Identifier;
import org.tpidoc.session.InformedConsent;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Needle;
import org.tpidoc.session.PainScore;
import org.tpidoc.session.PostProcedure;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.TimeOut;
import org.tpidoc.terminology.Concept;

/**
 * The Jackson module that teaches a mapper the session form, so that the domain records need no
 * Jackson annotations: the {@link SessionMixIns}, strict readers of whole numbers, decimals, dates
 * and UUIDs, the {@link ObjectChecks} of each object (schema version, unknown properties) before it
 * is bound, and the rejection of JSON null ({@link NullsRejected}).
 * Records are read through their canonical constructors, so their invariants run on every read.
 */
final class SessionJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module for the session form. */
    SessionJsonModule() {
        super("tpidoc-session-json");
        setMixInAnnotation(Coded.class, SessionMixIns.CodedMixIn.class);
        setMixInAnnotation(Identifier.class, SessionMixIns.IdentifierMixIn.class);
        setMixInAnnotation(Concept.class, SessionMixIns.ConceptMixIn.class);
        setMixInAnnotation(PainScore.class, SessionMixIns.PainScoreMixIn.class);
        setMixInAnnotation(InformedConsent.class, SessionMixIns.InformedConsentMixIn.class);
        setMixInAnnotation(TimeOut.class, SessionMixIns.TimeOutMixIn.class);
        setMixInAnnotation(Needle.class, SessionMixIns.NeedleMixIn.class);
        setMixInAnnotation(Container.class, SessionMixIns.ContainerMixIn.class);
        setMixInAnnotation(Component.class, SessionMixIns.ComponentMixIn.class);
        setMixInAnnotation(Preparation.class, SessionMixIns.PreparationMixIn.class);
        setMixInAnnotation(InjectionSite.class, SessionMixIns.InjectionSiteMixIn.class);
        setMixInAnnotation(PostProcedure.class, SessionMixIns.PostProcedureMixIn.class);
        setMixInAnnotation(Attestation.class, SessionMixIns.AttestationMixIn.class);
        setMixInAnnotation(FollowUp.class, SessionMixIns.FollowUpMixIn.class);
        setMixInAnnotation(InjectionSession.class, SessionMixIns.InjectionSessionMixIn.class);

        addDeserializer(int.class, new WholeNumber.Deserializer(int.class));
        addDeserializer(Integer.class, new WholeNumber.Deserializer(Integer.class));
        addDeserializer(BigDecimal.class, new StrictScalars.Decimal());
        addDeserializer(OffsetDateTime.class, StrictScalars.dateTime());
        addDeserializer(LocalDate.class, StrictScalars.date());
        addDeserializer(UUID.class, StrictScalars.uuid());
        setDeserializerModifier(new FormRules());
    }

    /** Wraps every deserializer to reject null, and the records' to check each object whole first. */
    private static final class FormRules extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public BeanDeserializerBuilder updateBuilder(
                DeserializationConfig config, BeanDescription description, BeanDeserializerBuilder builder) {
            if (description.getBeanClass() == InjectionSession.class) {
                builder.addIgnorable(SchemaVersion.PROPERTY); // checked by ObjectChecks, not bound
            }
            return builder;
        }

        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            if (deserializer instanceof BeanDeserializerBase record) {
                boolean versioned = description.getBeanClass() == InjectionSession.class;
                return NullsRejected.wrap(new ObjectChecks(record, versioned));
            }
            return NullsRejected.wrap(deserializer);
        }

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(
                DeserializationConfig config,
                JavaType type,
                BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return NullsRejected.wrap(deserializer);
        }

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(
                DeserializationConfig config,
                CollectionType type,
                BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return NullsRejected.wrap(deserializer);
        }
    }
}
