bind = "0.0.0.0:8000"  # want: KR103
workers = 4
accesslog = "-"
