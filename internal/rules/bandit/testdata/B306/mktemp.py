import tempfile
from tempfile import mktemp

tempfile.mktemp("foo")  # want: B306(medium/high)
mktemp()  # want: B306
tempfile.mkstemp()
tempfile.NamedTemporaryFile()
