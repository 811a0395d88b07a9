# Not a web framework: http.cookiejar's set_cookie takes a Cookie.
import http.cookiejar

jar = http.cookiejar.CookieJar()
jar.set_cookie(cookie)
