import subprocess  # want: B404(low/high)
from subprocess import Popen  # want: B404
import subprocess as sp  # want: B404
import os
