from xml.dom import expatbuilder

expatbuilder.parse("file.xml")  # want: B316(medium/high)
expatbuilder.parseString("<a/>")  # want: B316
