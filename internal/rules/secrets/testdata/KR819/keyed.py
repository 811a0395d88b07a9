TWILIO_AUTH_TOKEN = "9e1f3a7c" "5b2d8e4f7f3c1a9e52b84d06"  # want: KR819
checksum = "9e1f3a7c" "5b2d8e4f7f3c1a9e52b84d06"
