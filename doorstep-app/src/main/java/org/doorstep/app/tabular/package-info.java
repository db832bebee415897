/**
 * Tables in and out: CSV and XLSX files read into rows with their numbers, the problems of an import reported row by
 * row (row, column, what is wrong), and exports written as CSV or XLSX. Imports built on it are all or nothing: any
 * problem rejects the whole file with {@link org.doorstep.app.tabular.ImportRejectedException}.
 */
@NullMarked
package org.doorstep.app.tabular;

import org.jspecify.annotations.NullMarked;
