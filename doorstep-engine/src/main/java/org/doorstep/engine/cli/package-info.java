/**
 * The engine's command line behind {@code ./doorstep evaluate} and {@code ./doorstep plan}: arguments, progress on
 * standard error, and the files a run writes. Everything it prints is locale- and zone-independent.
 */
@NullMarked
package org.doorstep.engine.cli;

import org.jspecify.annotations.NullMarked;
