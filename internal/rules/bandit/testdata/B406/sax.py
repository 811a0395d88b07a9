import xml.sax  # want: B406(low/high)
from xml import sax  # want: B406
from xml.sax import make_parser  # want: B406
