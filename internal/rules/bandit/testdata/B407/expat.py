import xml.dom.expatbuilder  # want: B407(low/high)
from xml.dom import expatbuilder  # want: B407
