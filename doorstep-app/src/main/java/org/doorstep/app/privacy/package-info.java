/**
 * Personal data protection: encryption at rest and look-up hashes ({@link org.doorstep.app.privacy.PersonalDataCipher}),
 * masking for display ({@link org.doorstep.app.privacy.Masking}) and the append-only audit log of every read and change
 * of personal data and of every account's grants ({@link org.doorstep.app.privacy.AuditLog}), with its administrators'
 * listing.
 */
@NullMarked
package org.doorstep.app.privacy;

import org.jspecify.annotations.NullMarked;
