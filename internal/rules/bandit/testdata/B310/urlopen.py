import urllib.request
from urllib.request import urlopen as uo

import six

urllib.request.urlopen("file:///bin/ls")  # want: B310(medium/high)
urllib.request.urlretrieve("file:///bin/ls", "/bin/ls2")  # want: B310
urllib.request.URLopener()  # want: B310
urllib.request.FancyURLopener()  # want: B310
uo(url)  # want: B310
six.moves.urllib.request.urlopen("file:///bin/ls")  # want: B310
six.moves.urllib.request.urlretrieve("file:///bin/ls", "/bin/ls2")  # want: B310
six.moves.urllib.request.URLopener()  # want: B310
six.moves.urllib.request.FancyURLopener()  # want: B310
urllib.request.Request(url)
