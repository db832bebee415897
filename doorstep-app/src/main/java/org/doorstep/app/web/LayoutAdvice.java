package org.doorstep.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccessScopes;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the menu for the user's role, the user, and the base map's settings. */
@ControllerAdvice(
        assignableTypes = {
            LoginController.class,
            PageController.class,
            PlannerController.class,
            ResidentPageController.class,
            OperatorPageController.class,
            WorkerPageController.class
        })
class LayoutAdvice {

    private final AccessScopes scopes;
    private final MapProperties map;

    LayoutAdvice(AccessScopes scopes, MapProperties map) {
        this.scopes = scopes;
        this.map = map;
    }

    @ModelAttribute
    void layout(Model model, HttpServletRequest request) {
        model.addAttribute("path", request.getRequestURI());
        model.addAttribute("tileUrl", map.tileUrl());
        model.addAttribute("tileAttribution", map.tileAttribution());
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            model.addAttribute("nav", List.of());
            return;
        }
        AccessScope scope = scopes.current();
        model.addAttribute("username", scope.username());
        model.addAttribute("role", scope.role().name());
        model.addAttribute("nav", Navigation.forRole(scope.role()));
    }
}
