from xml.dom import minidom

minidom.parse("file.xml")  # want: B318(medium/high)
minidom.parseString("<a/>")  # want: B318
minidom.Document()
