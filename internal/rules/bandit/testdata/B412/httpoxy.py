from wsgiref.handlers import CGIHandler  # want: B412(high/high)
from twisted.web.twcgi import CGIScript  # want: B412
from twisted.web.twcgi import CGIDirectory  # want: B412
import wsgiref.handlers
from wsgiref.handlers import SimpleHandler
