client.exec_command("ls")
