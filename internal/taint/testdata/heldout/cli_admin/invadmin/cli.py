"""Command-line entry point for the inventory admin tool."""
import argparse
import os
import sys

from . import backup, commands

DEFAULT_DB = "/var/lib/inventory/inventory.db"


def add_common(parser):
    parser.add_argument("--db", default=os.environ.get("INV_DB", DEFAULT_DB))
    parser.add_argument("--verbose", action="store_true")


def build_parser():
    parser = argparse.ArgumentParser(prog="invadmin", description="Inventory administration")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("find", help="find items by name")
    add_common(p)
    p.add_argument("name")
    p.add_argument("--limit", type=int, default=20)

    p = sub.add_parser("purge", help="purge old items")
    add_common(p)
    p.add_argument("--days", type=int, default=30)
    p.add_argument("--table", choices=["items", "audit", "sessions"], default="items")

    p = sub.add_parser("user", help="look up a directory user")
    p.add_argument("username")
    p.add_argument("--strict", action="store_true")

    sub.add_parser("admins", help="list members of the admin group")

    p = sub.add_parser("export", help="export the catalogue")
    p.add_argument("--format", choices=["csv", "json"], default="csv")
    p.add_argument("--out", required=True)
    p.add_argument("--compress", action="store_true")

    p = sub.add_parser("restore", help="restore a backup")
    p.add_argument("archive")
    p.add_argument("--dest", default="/var/lib/inventory")
    p.add_argument("--cache")

    p = sub.add_parser("calc", help="evaluate a pricing expression")
    p.add_argument("expression")

    p = sub.add_parser("plugin", help="run a plugin")
    p.add_argument("module")

    p = sub.add_parser("lookup", help="look up a SKU in the XML catalogue")
    p.add_argument("sku")

    p = sub.add_parser("search", help="search the XML catalogue")
    p.add_argument("--sku")
    p.add_argument("--supplier")
    p.add_argument("--location")
    p.add_argument("--exact", action="store_true")

    sub.add_parser("whois", help="interactive directory search")
    sub.add_parser("restart", help="restart the remote service")

    p = sub.add_parser("profile", help="show a restore profile")
    p.add_argument("name")

    p = sub.add_parser("render", help="render a notification template")
    p.add_argument("template")
    p.add_argument("--shop", default="Main Street")

    p = sub.add_parser("clean", help="remove a tenant cache")
    p.add_argument("tenant")
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    if args.command == "find":
        commands.find_items(args.db, args.name, args.limit)
    elif args.command == "purge":
        commands.purge(args.db, args.table, args.days)
    elif args.command == "user":
        commands.lookup_user(args.username, strict=args.strict)
    elif args.command == "admins":
        print(commands.group_members())
    elif args.command == "export":
        backup.export(args.format, args.out, args.compress)
    elif args.command == "restore":
        backup.restore(args.archive, args.dest, args.cache)
    elif args.command == "calc":
        print(commands.calculate(args.expression))
    elif args.command == "plugin":
        commands.run_plugin(args.module)
    elif args.command == "lookup":
        print(commands.lookup_sku(args.sku))
    elif args.command == "search":
        if args.exact and args.sku:
            print(commands.lookup_sku_safe(args.sku))
        else:
            print(commands.lookup_items(args.sku, args.supplier, args.location))
    elif args.command == "whois":
        print(commands.interactive_user_search())
    elif args.command == "restart":
        backup.restart_remote()
    elif args.command == "profile":
        print(backup.load_profile(args.name))
    elif args.command == "render":
        print(commands.render(args.template, args.shop))
    elif args.command == "clean":
        backup.clean(args.tenant)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
