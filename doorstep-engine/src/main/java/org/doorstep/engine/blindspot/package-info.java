/** Blind spots: uncovered residential buildings grouped into areas, with the residents and target group they hold. */
@org.jspecify.annotations.NullMarked
package org.doorstep.engine.blindspot;
