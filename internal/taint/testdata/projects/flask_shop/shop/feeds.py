"""Supplier XML feeds and the XML product catalogue."""
import os
import xml.sax
from xml.sax.handler import feature_external_ges

import defusedxml.ElementTree as SafeET
from lxml import etree

from .config import DefaultConfig

CATALOG = etree.parse(os.path.join(DefaultConfig.DATA_DIR, "catalog.xml"))


def parse_supplier_feed(document):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    return etree.fromstring(document, parser)  # want: KR610


def parse_supplier_feed_hardened(document):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.fromstring(document, parser=parser)  # safe: KR610 entities not resolved


def parse_partner_feed(document):
    return SafeET.fromstring(document)  # safe: KR610 defusedxml


def parse_builtin_feed():
    parser = etree.XMLParser(resolve_entities=True)
    return etree.parse(os.path.join(DefaultConfig.DATA_DIR, "feed-template.xml"), parser)  # safe: KR610 the application's own file


class SkuCollector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.skus = []

    def startElement(self, name, attrs):
        if name == "item":
            self.skus.append(attrs.get("sku"))


def collect_skus(stream):
    handler = SkuCollector()
    reader = xml.sax.make_parser()
    reader.setFeature(feature_external_ges, True)
    reader.setContentHandler(handler)
    reader.parse(stream)  # want: KR610
    return handler.skus


def collect_skus_default(stream):
    handler = SkuCollector()
    reader = xml.sax.make_parser()
    reader.setContentHandler(handler)
    reader.parse(stream)  # safe: KR610 external entities off by default
    return handler.skus


def find_product(sku):
    return CATALOG.xpath(f"//product[@sku='{sku}']")  # want: KR608


def find_product_bound(sku):
    return CATALOG.xpath("//product[@sku=$sku]", sku=sku)  # safe: KR608 XPath variable


def products_in_price_band(low, high):
    expr = "//product[price >= %d and price <= %d]" % (int(low), int(high))
    return CATALOG.xpath(expr)  # safe: KR608 int()


def find_by_attribute(attribute, value):
    finder = etree.XPath("//product[@" + attribute + "=$v]")  # want: KR608
    return finder(CATALOG, v=value)


def products_in_category(category):
    return CATALOG.xpath("//product[category='%s']" % category)  # want: KR608


def match_attributes(criteria):
    predicate = " and ".join(f"@{k}='{v}'" for k, v in criteria.items())
    return CATALOG.xpath("//product[" + predicate + "]")  # want: KR608


def count_products():
    return CATALOG.xpath("count(//product)")  # safe: KR608 constant expression


def parse_stream(stream):
    return etree.parse(stream, etree.XMLParser(resolve_entities=True, load_dtd=True))  # want: KR610
