/**
 * Planning standards as versioned data (one rule per row, with its source clause) and the check of one community against
 * them, level by level and never cumulatively.
 */
@org.jspecify.annotations.NullMarked
package org.doorstep.engine.standards;
