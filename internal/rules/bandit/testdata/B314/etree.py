import xml.etree.ElementTree as ET
from xml.etree.ElementTree import fromstring

ET.parse("file.xml")  # want: B314(medium/high)
ET.iterparse("file.xml")  # want: B314
ET.fromstring("<a/>")  # want: B314
ET.XMLParser()  # want: B314
fromstring("<a/>")  # want: B314
ET.tostring(tree)
