# -*- coding: utf-8 -*-
s = '日本'; t = s
