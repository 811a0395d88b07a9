import logging.config

t = logging.config.listen(9999)  # want: B612(medium/high)
t = logging.config.listen(9999, verify=check)
