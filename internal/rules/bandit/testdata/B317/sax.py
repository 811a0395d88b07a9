import xml.sax
from xml import sax

xml.sax.parse("file.xml", handler)  # want: B317(medium/high)
xml.sax.parseString("<a/>", handler)  # want: B317
sax.make_parser()  # want: B317
xml.sax.ContentHandler()
