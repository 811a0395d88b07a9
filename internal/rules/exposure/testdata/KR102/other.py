# Look-alikes: not a Flask app, not a debugger.
class Worker:
    def __init__(self):
        self.debug = True


w = Worker()
w.debug = True
logger.debug("x")
