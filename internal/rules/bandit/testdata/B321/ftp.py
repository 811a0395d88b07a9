import ftplib
from ftplib import FTP_TLS

s = ftplib.FTP("ftp.example.com")  # want: B321(high/high)
t = FTP_TLS("ftp.example.com")
