import os

access_level = "user"
if access_level != "none‮⁦":  # Check if admin ⁩⁦ and access_level != "user"  # want: B613(high/medium)
    print("You are an admin.")
