package org.doorstep.app.registry;

/**
 * One fault of a value entered for a resident or household.
 *
 * @param field the field's name, the same as the import file's column ({@code id_number})
 */
record FieldProblem(String field, String message) {}
