/**
 * Integration tests of sending sessions to a real HAPI FHIR JPA server (in-memory H2, inside the test JVM):
 * the server's configuration ({@link org.tpidoc.fhir.server.JpaServerConfig}), started once per JVM and shared
 * by every {@code *IT} class; the sessions sent and the records an EMR holds before them; and the tests of
 * what the server accepts, stores, finds, validates, refuses and gives back.
 */
package org.tpidoc.fhir.server;
