"""HTTP hardening: security headers, cookie flags, proxy headers and the login rate limit."""

from flask import Flask, current_app, request
from flask.wrappers import Response
from flask_login import current_user
from werkzeug.middleware.proxy_fix import ProxyFix

from .extensions import limiter

# Every asset comes from the app itself, and the templates hold no inline
# script or style attribute, so the policy needs no 'unsafe-inline'.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data:",
        "style-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

# The app uses none of these browser features.
PERMISSIONS_POLICY = "camera=(), geolocation=(), microphone=(), payment=(), usb=()"

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
}


def init_security(app: Flask) -> None:
    """Configure cookie flags, proxy headers, the rate limiter and the header hook on ``app``."""
    _configure_cookies(app)

    proxy_count = int(app.config["TRUSTED_PROXY_COUNT"])
    if proxy_count > 0:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxy_count, x_proto=proxy_count)  # type: ignore[method-assign]

    limiter.init_app(app)
    app.after_request(add_security_headers)


def _configure_cookies(app: Flask) -> None:
    secure = app.config.get("COOKIE_SECURE")
    if secure is None:
        secure = not (app.debug or app.testing)
    elif isinstance(secure, str):
        # from_prefixed_env reads "false" as a boolean but keeps "off" or "no" as text.
        secure = secure.strip().lower() not in {"", "0", "false", "no", "off"}

    app.config["SESSION_COOKIE_SECURE"] = bool(secure)
    app.config["REMEMBER_COOKIE_SECURE"] = bool(secure)


def add_security_headers(response: Response) -> Response:
    """Add the security headers to ``response``, keeping any a view set itself."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)

    # Over plain HTTP the browser ignores the header, and sending it from a
    # local plain-HTTP server would only mislead.
    if request.is_secure and current_app.config["HSTS_ENABLED"]:
        response.headers.setdefault("Strict-Transport-Security", f"max-age={current_app.config['HSTS_MAX_AGE']}")

    # Pages of a signed-in user show case data; a shared office computer's
    # browser cache must not keep them. Static files stay cacheable.
    if current_user.is_authenticated and request.endpoint != "static":
        response.headers["Cache-Control"] = "no-store"

    return response


def is_rate_limit_disabled() -> bool:
    """Return whether the app serving this request turned the rate limit off.

    Flask-Limiter 4.1 keeps its on/off switch on the shared Limiter object,
    so the last app built in a process would otherwise decide for every app
    in it (the tests build several).
    """
    return not current_app.config.get("RATELIMIT_ENABLED", True)
