import os

os.execl(path, arg0, arg1)  # want: B606(low/medium)
os.execle(path, arg0, arg1, env)  # want: B606
os.execlp(file, arg0, arg1)  # want: B606
os.execlpe(file, arg0, arg1, env)  # want: B606
os.execv(path, args)  # want: B606
os.execve(path, args, env)  # want: B606
os.execvp(file, args)  # want: B606
os.execvpe(file, args, env)  # want: B606
os.spawnl(mode, path)  # want: B606
os.spawnle(mode, path, env)  # want: B606
os.spawnlp(mode, file)  # want: B606
os.spawnlpe(mode, file, env)  # want: B606
os.spawnv(mode, path, args)  # want: B606
os.spawnve(mode, path, args, env)  # want: B606
os.spawnvp(mode, file, args)  # want: B606
os.spawnvpe(mode, file, args, env)  # want: B606
os.startfile("/bin/foo.docx")  # want: B606
os.startfile("/bin/bad.exe", "print")  # want: B606
os.startfile("/bin/text.txt", "edit")  # want: B606
os.system("ls")
