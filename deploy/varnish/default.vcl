vcl 4.1;
# Varnish in front of gunicorn: keeps the public pages and the public copies of pictures for as
# long as the site's Cache-Control s-maxage / max-age says, passes editors (who carry a session
# cookie) straight through, and forgets everything of the site when the site sends a PURGE on
# publish (Wagtail's frontend cache, FRONTEND_CACHE_URL=http://<this varnish>): like the site's
# own page cache, a publish starts afresh, so that no listing, switcher, feed or picture whose
# privacy changed stays stale.
#
# One host or several: each gunicorn host is a backend below, added to the round-robin director
# in vcl_init; a host that stops answering /healthz is left out until it answers again. Every
# host must share the database, the cache (REDIS_URL) and the media storage (MEDIA_S3_*): any of
# them may answer any request.

import std;
import directors;

probe healthz {
    .url = "/healthz";
    .interval = 5s;
    .timeout = 5s;
    .window = 5;
    .threshold = 3;
    .initial = 3;
}

backend host1 {
    .host = "127.0.0.1";
    .port = "8000";
    .probe = healthz;
}

sub vcl_init {
    new hosts = directors.round_robin();
    hosts.add_backend(host1);
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    set req.backend_hint = hosts.backend();
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
    if (req.url ~ "^/(admin|django-admin|documents|i18n)/") {
        return (pass);
    }
    # Copies of pictures (/media/images/) are kept like pages: the site answers a public one
    # with a year's Cache-Control and a private one with a 404, and a publish, or a picture
    # moved between collections, purges them with the pages.
    # Editors and readers who unlocked a private page are never served a shared copy. A session
    # cookie that names no session (made up, or left from one that ended) is passed too, and
    # the site answers it from its own page cache (home/page_cache.py), as cheaply as a hit.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Any other cookie (CSRF token, language) does not change a public page.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    # The scheme the reader used, as the TLS terminator in front says it: a page names its own
    # address (canonical, og:url), so the http and the https answer are kept apart, as the
    # site's page cache keeps them. Varnish's own hash (address and host) follows.
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_response {
    # Answers that set a cookie (forms with a CSRF token) are never shared.
    if (beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
}

sub vcl_backend_error {
    # A host that fails a request (restarting, a connection it had closed) is not the reader's
    # problem: the request is tried once more, on the next host.
    if (bereq.retries < 1 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
