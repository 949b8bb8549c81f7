"""Outgoing e-mail: plain-text messages sent over SMTP with the standard library.

The MAIL_* settings in ``config.py`` choose the server. With MAIL_SUPPRESS_SEND
the message is kept in memory instead, so a developer can read the link that a
local server would have mailed.
"""

import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from typing import Any

from flask import current_app, url_for

from ..errors import FoiTrackerError

logger = logging.getLogger(__name__)

# Key in app.extensions, so each app keeps its own last message.
LAST_SUPPRESSED_KEY = "foi_tracker.last_suppressed_mail"


class MailError(FoiTrackerError):
    """The SMTP server could not be reached or did not accept the message."""


def external_url(endpoint: str, **values: Any) -> str:
    """Return an absolute link to ``endpoint`` under EXTERNAL_URL, for use in an e-mail."""
    base = str(current_app.config["EXTERNAL_URL"]).rstrip("/")
    return base + url_for(endpoint, **values)


def is_send_suppressed() -> bool:
    """Return whether mail is kept in memory instead of sent. Unset means: suppress in debug mode."""
    setting = current_app.config.get("MAIL_SUPPRESS_SEND")
    if setting is None:
        return bool(current_app.debug)

    return bool(setting)


def last_suppressed_mail() -> EmailMessage | None:
    """Return the last message that was kept instead of sent, or None."""
    message = current_app.extensions.get(LAST_SUPPRESSED_KEY)
    return message if isinstance(message, EmailMessage) else None


def build_message(recipient: str, subject: str, body: str) -> EmailMessage:
    """Build a plain-text message from MAIL_DEFAULT_SENDER to ``recipient``."""
    sender = str(current_app.config["MAIL_DEFAULT_SENDER"])
    sender_domain = parseaddr(sender)[1].rpartition("@")[2] or "localhost"

    message = EmailMessage()
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = subject
    message["Date"] = formatdate(usegmt=True)
    # The sender's domain, because make_msgid would otherwise look up this host's name.
    message["Message-ID"] = make_msgid(domain=sender_domain)
    message.set_content(body)
    return message


def send_mail(recipient: str, subject: str, body: str, *, purpose: str, user_id: int | None) -> None:
    """Send one plain-text message, or keep it in memory when sending is suppressed.

    ``purpose`` and ``user_id`` (the user the mail is for, or who caused it) go to
    the log. The address and the body never do, because the body contains a link
    that works like a password. Raise MailError when the server cannot be
    reached or rejects the message.
    """
    message = build_message(recipient, subject, body)

    if is_send_suppressed():
        current_app.extensions[LAST_SUPPRESSED_KEY] = message
        logger.info("mail suppressed: %s for user %s, kept in memory as the last message", purpose, user_id)
        return

    config = current_app.config
    try:
        with smtplib.SMTP(
            config["MAIL_SERVER"], int(config["MAIL_PORT"]), timeout=float(config["MAIL_TIMEOUT_SECONDS"])
        ) as smtp:
            if config["MAIL_USE_STARTTLS"]:
                smtp.starttls(context=ssl.create_default_context())

            if config["MAIL_USERNAME"] and config["MAIL_PASSWORD"]:
                smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])

            smtp.send_message(message)
    except (smtplib.SMTPException, OSError) as error:
        # Not logger.exception: a rejected recipient's error text contains the address.
        logger.error(
            "mail %s for user %s not sent via %s:%s: %s",
            purpose,
            user_id,
            config["MAIL_SERVER"],
            config["MAIL_PORT"],
            _describe(error),
        )
        raise MailError("The e-mail could not be sent. Try again in a few minutes.") from error

    logger.info("mail sent: %s for user %s", purpose, user_id)


def _describe(error: Exception) -> str:
    """Name the error class and SMTP reply code, without the server's text."""
    code = getattr(error, "smtp_code", None)
    return f"{type(error).__name__} {code}" if code is not None else type(error).__name__
