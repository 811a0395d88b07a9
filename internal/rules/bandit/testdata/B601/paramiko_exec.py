import paramiko

client = paramiko.client.SSHClient()
client.exec_command("something; really; unsafe")  # want: B601(medium/medium)
stdin, stdout, stderr = client.exec_command(cmd)  # want: B601
client.connect("somehost")
