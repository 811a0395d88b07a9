# KR822 discord_bot_token: reported by its name, when the first part
# decodes to a numeric id. Split in two literals (see the other files).
import os

DISCORD_TOKEN = "MjE5OTg0OTI1MDc2Njk0Nzk3" ".gPoICQ.KRAITFAKEp2d_FB-_Ewwp4GWzHvhiE2bxXnvTs"  # want: KR822(high/medium)
bot.run(token="MjE5OTg0OTI1MDc2Njk0Nzk3" ".gPoICQ.KRAITFAKEp2d_FB-_Ewwp4GWzHvhiE2bxXnvTs")  # want: KR822
config = {"discord_bot_token": "MjE5OTg0OTI1MDc2Njk0Nzk3" ".gPoICQ.KRAITFAKEp2d_FB-_Ewwp4GWzHvhiE2bxXnvTs"}  # want: KR822


def start(discord_token="MjE5OTg0OTI1MDc2Njk0Nzk3" ".gPoICQ.KRAITFAKEp2d_FB-_Ewwp4GWzHvhiE2bxXnvTs"):  # want: KR822
    return discord_token


DISCORD_TOKEN = os.environ["DISCORD_TOKEN"]
DISCORD_TOKEN = "<your-bot-token>"
DISCORD_TOKEN = "abcdefghijklmnopqrstuvwx.abcdef.abcdefghijklmnopqrstuvwxyz0"  # letters, not an id
