x = 'é'
y = x
