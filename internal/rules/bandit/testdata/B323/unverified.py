import ssl

ssl._create_unverified_context()  # want: B323(medium/high)
ssl.create_default_context()
