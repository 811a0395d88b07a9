import pyghmi  # want: B415(high/high)
from pyghmi.ipmi import command  # want: B415
