import logging

import structlog
from flask import request

logger = logging.getLogger(__name__)
log = structlog.get_logger()


def login(username, password, api_key, token):
    logger.info("login attempt user=%s password=%s", username, password)  # want: KR101(medium/high)
    logging.debug("api key %s", api_key)  # want: KR101
    log.info("auth", token=token)  # structlog keywords are not looked at (yet)
    logger.warning(f"token={token}")  # want: KR101(medium/medium)
    logger.error("credentials: %r", creds)  # want: KR101
    logger.info("password: " + pw)  # want: KR101
    logger.info("pw: " + pw)
    logger.debug("Authorization header: %s", request.headers.get("Authorization"))  # want: KR101
    logger.debug("headers: %s", request.headers)  # want: KR101
    logger.info("form: %s", request.form["password"])  # want: KR101
    logger.info("user: %s", {"name": username, "password": password})  # want: KR101
    logger.log(logging.INFO, "secret %s", client_secret)  # want: KR101
    logging.getLogger("audit").info("session %s", session_id)  # want: KR101
    logger.info("%(user)s logged in with %(password)s", locals())  # want: KR101
    logger.info("user %s: %s", username, str(password))  # want: KR101
    logger.info("settings: %s", settings.SECRET_KEY)  # want: KR101
    logger.info("db password %s", db_passwd.decode())  # want: KR101


def not_sensitive(username, password, token, tokens, next_token):
    logger.info("login attempt user=%s", username)
    logger.info("password length %d", len(password))
    logger.info("token ends with %s", token[-4:])
    logger.info("password_length=%s", password_length)
    logger.info("token type %s", token_type)
    logger.info("%d tokens", tokens)
    logger.info("next page: %s", next_token)
    logger.info("password changed for %s", username)
    logger.info("password=%s", "***")
    logger.info("password hash algorithm: %s", password_hash_algorithm)
    logger.info("is_password %s", is_password)
    logger.debug("masked: %s", mask(password))
    logger.info("reset token sent to %s", email)
    logger.info("secrets module: %s", secrets)
    logger.info("%s", request.args)
    logger.exception("login failed for %s", username)
    print("password:", password)  # want: KR101
