x = "no bidirectional characters here"
y = "שלום"
