package org.doorstep.app.web;

import org.doorstep.app.account.AccessScopes;
import org.doorstep.app.booking.ServiceKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The operator's working pages beside its facilities: the week's sessions with their bookings and waitlists, the
 * canteens' meals and subsidies, and the work orders with the scorecard and the ledger. Their scripts read the modules'
 * APIs, which answer with the operator's own facilities only.
 */
@Controller
class OperatorPageController {

    private final AccessScopes scopes;

    OperatorPageController(AccessScopes scopes) {
        this.scopes = scopes;
    }

    @GetMapping("/operator/sessions")
    String sessions(Model model) {
        model.addAttribute("serviceKinds", ServiceKind.values());
        return Navigation.open(scopes.current(), Navigation.OPERATOR_SESSIONS);
    }

    @GetMapping("/operator/meals")
    String meals() {
        return Navigation.open(scopes.current(), Navigation.OPERATOR_MEALS);
    }

    @GetMapping("/operator/work")
    String work() {
        return Navigation.open(scopes.current(), Navigation.OPERATOR_WORK);
    }
}
