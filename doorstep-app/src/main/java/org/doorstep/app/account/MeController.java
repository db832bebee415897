package org.doorstep.app.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the signed-in user is, for any signed-in user. */
@RestController
class MeController {

    record Me(long id, String username, Role role, String displayName, Grants grants) {}

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal DoorstepPrincipal principal) {
        return new Me(
                principal.userId(),
                principal.getUsername(),
                principal.role(),
                principal.displayName(),
                principal.grants());
    }
}
