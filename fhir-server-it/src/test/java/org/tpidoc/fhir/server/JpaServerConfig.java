package org.tpidoc.fhir.server;

import ca.uhn.fhir.batch2.jobs.config.Batch2JobsConfig;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.jpa.config.PackageLoaderConfig;
import ca.uhn.fhir.jpa.config.r4.FhirContextR4Config;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import ca.uhn.fhir.jpa.model.dialect.HapiFhirH2Dialect;
import ca.uhn.fhir.jpa.provider.JpaSystemProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.jpa.searchparam.config.NicknameServiceConfig;
import ca.uhn.fhir.jpa.test.config.TestHSearchAddInConfig;
import ca.uhn.fhir.jpa.test.config.TestHapiJpaConfig;
import ca.uhn.fhir.jpa.test.config.TestJPAConfig;
import ca.uhn.fhir.jpa.topic.SubscriptionTopicConfig;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.commons.dbcp2.BasicDataSource;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * A HAPI FHIR JPA server for R4 on an in-memory H2 database, as an EMR's FHIR endpoint would be set up:
 * referential integrity enforced on write and no placeholder created for a missing reference target, so a
 * bundle that refers to a resource the server does not have is refused. Without what HAPI's own TestR4Config
 * adds for its tests (SQL capture proxies, Lucene full-text indexing, random pool sizes): the JPA resource
 * providers and the system provider (transactions) behind Jetty on a free local port ({@link JpaServer}).
 */
@Configuration
@Import({
    JpaR4Config.class,
    PackageLoaderConfig.class,
    TestHapiJpaConfig.class,
    TestJPAConfig.class,
    SubscriptionTopicConfig.class,
    TestHSearchAddInConfig.NoFT.class,
    JpaBatch2Config.class,
    Batch2JobsConfig.class,
    NicknameServiceConfig.class
})
public class JpaServerConfig {

    /** An in-memory H2 database kept while the JVM runs. */
    @Bean
    public DataSource dataSource() {
        BasicDataSource dataSource = new BasicDataSource();
        dataSource.setDriver(new org.h2.Driver());
        dataSource.setUrl("jdbc:h2:mem:tpidoc_it;DB_CLOSE_DELAY=-1");
        dataSource.setUsername("");
        dataSource.setPassword("");
        dataSource.setMaxTotal(8);
        return dataSource;
    }

    /** Hibernate on H2, schema created at start, no full-text indexing. */
    @Bean
    public LocalContainerEntityManagerFactoryBean entityManagerFactory(
            ConfigurableListableBeanFactory beanFactory, FhirContext fhirContext, JpaStorageSettings settings) {
        LocalContainerEntityManagerFactoryBean factory =
                HapiEntityManagerFactoryUtil.newEntityManagerFactory(beanFactory, fhirContext, settings);
        factory.setPersistenceUnitName("PU_TpidocIt");
        factory.setDataSource(dataSource());
        Properties properties = new Properties();
        properties.put("hibernate.hbm2ddl.auto", "update");
        properties.put("hibernate.dialect", HapiFhirH2Dialect.class.getName());
        properties.put("hibernate.search.enabled", "false");
        factory.setJpaProperties(properties);
        return factory;
    }

    /**
     * The REST endpoint: every resource type's provider and the system provider (transactions, batches), on
     * a free local port, started now. Sets the storage rules an EMR's server keeps: references must resolve
     * on write, no placeholder targets.
     */
    @Bean(initMethod = "start", destroyMethod = "stopServer")
    public JpaServer jpaServer(
            FhirContext fhirContext,
            JpaStorageSettings settings,
            ResourceProviderFactory resourceProviders,
            JpaSystemProvider<?, ?> systemProvider,
            DatabaseBackedPagingProvider pagingProvider) {
        settings.setEnforceReferentialIntegrityOnWrite(true);
        settings.setAutoCreatePlaceholderReferenceTargets(false);
        // HAPI 8's table of search parameter names, written on a background thread: not needed here
        settings.setWriteToSearchParamIdentityTable(false);
        JpaServer server = new JpaServer(FhirContextR4Config.configureFhirContext(fhirContext));
        server.withValidationMode(ServerValidationModeEnum.NEVER)
                .withPagingProvider(pagingProvider)
                .withServer(restful -> {
                    restful.registerProviders(resourceProviders.createProviders());
                    restful.registerProvider(systemProvider);
                });
        return server;
    }
}
