package org.doorstep.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form; Spring Security's form login takes the POST (with CSRF) and sends failures back here. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
