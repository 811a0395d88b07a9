import xml.sax.expatreader

xml.sax.expatreader.create_parser()  # want: B315(medium/high)
