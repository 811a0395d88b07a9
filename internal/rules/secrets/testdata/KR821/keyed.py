MAILGUN_API_KEY = "9e1f3a7c5b2d8e4f7f3c1a9e52b84d06" "-3a7c5b2d-8e4f7f3c"  # want: KR821
