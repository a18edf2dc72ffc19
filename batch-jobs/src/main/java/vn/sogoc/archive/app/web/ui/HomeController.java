package vn.sogoc.archive.app.web.ui;

import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the home page with a tile per thing the person's roles allow. */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Authentication auth, Model model) {
        model.addAttribute("roles", auth.getAuthorities().stream().map(a -> a.getAuthority().replace("ROLE_", ""))
                .collect(Collectors.joining(", ")));
        return "home";
    }
}
