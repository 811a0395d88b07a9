# Pagination and semaphore tokens are not secrets (botocore, s3transfer).
import logging

log = logging.getLogger(__name__)


class Paginator:
    def parse_starting_token(self, tag, acquire_token):
        log.debug("Falling back to the old parser. For token: %s", self._starting_token)
        log.debug(f"Releasing acquire {tag}/{acquire_token}")
        log.debug("Next token: %s", self._next_token)

    def leak(self, session):
        log.debug("Session token: %s", session.aws_token)  # want: KR101
