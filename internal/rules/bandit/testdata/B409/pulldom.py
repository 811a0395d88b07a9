import xml.dom.pulldom  # want: B409(low/high)
from xml.dom import pulldom  # want: B409
