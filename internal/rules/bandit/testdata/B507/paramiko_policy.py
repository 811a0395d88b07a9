from paramiko import client
from paramiko import AutoAddPolicy, WarningPolicy

ssh_client = client.SSHClient()
ssh_client.set_missing_host_key_policy(client.AutoAddPolicy)  # want: B507(high/medium)
ssh_client.set_missing_host_key_policy(client.WarningPolicy)  # want: B507
ssh_client.set_missing_host_key_policy(client.AutoAddPolicy())  # want: B507
ssh_client.set_missing_host_key_policy(AutoAddPolicy())  # want: B507
ssh_client.set_missing_host_key_policy(WarningPolicy)  # want: B507
ssh_client.set_missing_host_key_policy(client.RejectPolicy)
ssh_client.set_missing_host_key_policy(client.RejectPolicy())
ssh_client.set_missing_host_key_policy(policy)
