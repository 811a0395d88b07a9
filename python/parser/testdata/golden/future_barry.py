from __future__ import barry_as_FLUFL
# ast.parse does not switch to the joke '<>' operator: '!=' still parses.
1 != 2
