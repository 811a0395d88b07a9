"""Background jobs run through the shell."""
import asyncio
import shlex
import subprocess

from ..config import REPORT_DIR


async def build_report(label, fmt):
    cmd = f"inventory-report --label {label} --format {fmt} --out {REPORT_DIR}"
    proc = await asyncio.create_subprocess_shell(cmd)  # want: KR602
    return await proc.wait()


async def build_report_quoted(label, fmt):
    cmd = f"inventory-report --label {shlex.quote(label)} --format {fmt} --out {REPORT_DIR}"
    proc = await asyncio.create_subprocess_shell(cmd)  # safe: KR602 shlex.quote, fmt is a Literal field
    return await proc.wait()


async def compress_report(label):
    proc = await asyncio.create_subprocess_exec("gzip", "-k", f"{REPORT_DIR}/{label}.csv")  # safe: KR602 exec with a constant program
    return await proc.wait()


def warm_cache(region):
    return subprocess.run("cache-warm --region " + region, shell=True, check=False).returncode  # want: KR602


def run_tool(argv):
    return subprocess.run(argv, capture_output=True, check=False).stdout  # want: KR602


def tool_version():
    return run_tool_fixed(["inventory-report", "--version"])


def run_tool_fixed(argv):
    return subprocess.run(argv, capture_output=True, check=False).stdout  # safe: KR602 only constant argument lists reach it
