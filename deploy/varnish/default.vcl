vcl 4.1;
# Varnish in front of gunicorn: keeps the public pages for as long as the site's
# Cache-Control s-maxage says, passes editors (who carry a session cookie) straight through,
# and forgets every page of the site when the site sends a PURGE on publish (Wagtail's
# frontend cache, FRONTEND_CACHE_URL=http://<this varnish>): like the site's own page cache, a
# publish starts afresh, so that no listing, switcher or feed that shows the change stays stale.

import std;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (!std.ip(client.ip, "0.0.0.0") ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.status != 0");
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin|documents|i18n)/" || req.url ~ "^/media/") {
        return (pass);
    }
    # Editors and readers who unlocked a private page are never served a shared copy.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Any other cookie (CSRF token, language) does not change a public page.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Answers that set a cookie (forms with a CSRF token) are never shared.
    if (beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
