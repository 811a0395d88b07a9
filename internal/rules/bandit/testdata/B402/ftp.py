import ftplib  # want: B402(high/high)
from ftplib import FTP  # want: B402
