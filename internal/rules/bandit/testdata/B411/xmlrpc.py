import xmlrpc  # want: B411(high/high)
import xmlrpc.client  # want: B411
from xmlrpc.server import SimpleXMLRPCServer  # want: B411
from xmlrpc import client  # want: B411
