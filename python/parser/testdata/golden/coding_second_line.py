#!/usr/bin/env python
# vim: set fileencoding=iso-8859-15 :
s = '€ is 0xA4 in latin-9'; n = s
