from xml.dom import pulldom

pulldom.parse("file.xml")  # want: B319(medium/high)
pulldom.parseString("<a/>")  # want: B319
