"""Importing posts from WordPress exports and Markdown front matter."""
import pickle

import yaml
from defusedxml import ElementTree as DefusedET
from lxml import etree

WXR_NS = {"wp": "http://wordpress.org/export/1.2/", "content": "http://purl.org/rss/1.0/modules/content/"}


class WordPressImport:
    def __init__(self, document):
        parser = etree.XMLParser(resolve_entities=True, huge_tree=True)
        self.root = etree.fromstring(document, parser)  # want: KR610

    def items_by_status(self, status):
        return self.root.xpath("//item[wp:status='" + status + "']", namespaces=WXR_NS)  # want: KR608

    def items_by_author(self, author):
        return self.root.xpath("//item[dc:creator=$a]", a=author, namespaces={"dc": "http://purl.org/dc/elements/1.1/"})  # safe: KR608 XPath variable


STATUSES = frozenset({"publish", "draft", "private"})


def count_status(root, status):
    if status in STATUSES:
        return len(root.xpath("//item[wp:status='" + status + "']", namespaces=WXR_NS))  # safe: KR608 membership test
    return 0


def check_wxr(document):
    return DefusedET.fromstring(document).tag  # safe: KR610 defusedxml


def front_matter(text):
    head, _, body = text.partition("\n---\n")
    meta = yaml.load(head, Loader=yaml.UnsafeLoader)  # want: KR607
    return meta, body


def front_matter_safe(text):
    head, _, body = text.partition("\n---\n")
    return yaml.load(head, Loader=yaml.CSafeLoader), body  # safe: KR607 CSafeLoader


EMPTY_DRAFT = pickle.dumps({"title": "", "body": ""})


def restore_draft_or_empty(blob):
    if not blob:
        blob = EMPTY_DRAFT
        return pickle.loads(blob)  # safe: KR607 reassigned to a constant
    return {"title": "", "body": ""}


def restore_draft(blob):
    return pickle.loads(blob)  # want: KR607
