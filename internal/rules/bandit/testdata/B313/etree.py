import xml.etree.cElementTree as ET
from xml.etree.cElementTree import fromstring

ET.parse("file.xml")  # want: B313(medium/high)
ET.iterparse("file.xml")  # want: B313
ET.fromstring("<a/>")  # want: B313
ET.XMLParser()  # want: B313
fromstring("<a/>")  # want: B313
ET.tostring(tree)
