/**
 * The web UI: server-rendered pages (Thymeleaf) for each kind of user, the layout with navigation by role, the login
 * page, the language switch (Chinese by default, English) and the map's own road layer. Pages fetch their data from
 * the modules' REST APIs and from {@code ogc}; this module owns no data.
 */
@NullMarked
package org.doorstep.app.web;

import org.jspecify.annotations.NullMarked;
