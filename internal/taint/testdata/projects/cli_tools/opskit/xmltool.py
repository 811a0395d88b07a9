"""opskit-xml: query XML inventory documents."""
import argparse
import sys

from lxml import etree

INVENTORY = "/etc/opskit/inventory.xml"


def load(document_text):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.fromstring(document_text.encode(), parser)  # safe: KR610 entities not resolved


def main():
    p = argparse.ArgumentParser(prog="opskit-xml")
    p.add_argument("--xpath", required=True)
    p.add_argument("--host")
    args = p.parse_args()

    tree = etree.parse(INVENTORY)
    for node in tree.xpath(args.xpath):  # want: KR608
        print(etree.tostring(node).decode())
    if args.host:
        print(tree.xpath("//host[@name=$n]", n=args.host))  # safe: KR608 XPath variable
        print(tree.xpath("count(//host[@name='%s'])" % args.host))  # want: KR608

    snippet = input("paste an XML snippet (empty to skip): ")
    if snippet:
        doc = etree.fromstring(snippet.encode(), etree.XMLParser(resolve_entities=True))  # want: KR610
        print(doc.tag)
        safe = load(snippet)
        print(safe.tag)
    return 0


if __name__ == "__main__":
    sys.exit(main())
