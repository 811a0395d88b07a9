NPM_TOKEN = "7f3c1a9e-" "52b8-4d06-9e1f-3a7c5b2d8e4f"  # want: KR817
build_id = "7f3c1a9e-" "52b8-4d06-9e1f-3a7c5b2d8e4f"
