# A configuration class of some other program: DEBUG is not Flask's.
class ToolConfig:
    DEBUG = True
    VERBOSE = False
