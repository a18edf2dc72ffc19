package vn.sogoc.archive.app.web.ui;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.util.HtmlUtils;

/**
 * The web UI's language: Vietnamese by default, English with {@code ?lang=en} (kept in a cookie); dates
 * as dd/MM/yyyy ({@link DateInput}; the API's parameters keep ISO dates);
 * and the HTML form of search snippets.
 */
@Configuration(proxyBeanMethods = false)
public class UiSupport implements WebMvcConfigurer {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver r = new CookieLocaleResolver("sogoc-lang");
        r.setDefaultLocale(VIETNAMESE);
        return r;
    }

    /** Dates of the UI's forms and links ({@link DateInput.DayFirst}): dd/MM/yyyy shown, dd/MM/yyyy or ISO accepted. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new DateInput.DayFirstFormatterFactory());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang);
    }

    /** A snippet with matches marked «…» as safe HTML: escaped, then the marks become {@code <mark>}. */
    public static String snippetHtml(String snippet) {
        if (snippet == null) return "";
        return HtmlUtils.htmlEscape(snippet, "UTF-8").replace("«", "<mark>").replace("»", "</mark>");
    }
}
