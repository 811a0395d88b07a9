#!/usr/bin/env python
# -*- coding: cp1252 -*-
euro = '€'; quote = '“quoted”'; dash = '–'
name = f'{euro} – {quote}'; after = name
