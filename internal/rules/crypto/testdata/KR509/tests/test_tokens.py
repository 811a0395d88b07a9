import random


def test_reset():
    reset_code = str(random.randint(100000, 999999))
    assert len(reset_code) == 6
