/**
 * Communities as areas: which community each residential building belongs to, and, where a city has no registry and no
 * mapped boundaries, areas estimated around its community service centres.
 */
@NullMarked
package org.doorstep.engine.community;

import org.jspecify.annotations.NullMarked;
