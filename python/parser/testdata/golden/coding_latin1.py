# coding: latin-1
s = 'café'; t = s
# comment with é and ñ
é = 'ñ' + s; ü = é
b = b'caf\xe9'
f'{é}ÿ{ü!r}'
