/** The TPI session aggregate: {@link org.tpidoc.session.InjectionSession} and its immutable parts. */
@NullMarked
package org.tpidoc.session;

import org.jspecify.annotations.NullMarked;
