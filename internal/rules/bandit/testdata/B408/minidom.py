import xml.dom.minidom  # want: B408(low/high)
from xml.dom import minidom  # want: B408
