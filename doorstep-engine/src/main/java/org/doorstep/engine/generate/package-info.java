/**
 * A deterministic synthetic Chinese city (districts, streets, communities, an irregular walking network with a river,
 * residential compounds and facilities of every category) for the demo, the tests and the benchmarks. Entry point:
 * {@link org.doorstep.engine.generate.CityGenerator}.
 */
@org.jspecify.annotations.NullMarked
package org.doorstep.engine.generate;
