"""Business logic shared by the ticket views and the REST API."""
import os
import pickle
import subprocess

import jinja2
import ldap
import requests
from django.conf import settings
from django.db import connection
from django.db.models.expressions import RawSQL
from ldap.filter import escape_filter_chars
from lxml import etree

from .models import Ticket

SORT_COLUMNS = ("created_at", "title", "status")


def search_tickets(term, order):
    sql = f"SELECT * FROM tickets_ticket WHERE title LIKE '%{term}%' ORDER BY {order}"
    return list(Ticket.objects.raw(sql))  # want: KR601


def search_tickets_safe(term, order):
    if order not in SORT_COLUMNS:
        raise ValueError("bad sort column")
    sql = "SELECT * FROM tickets_ticket WHERE title LIKE %s ORDER BY " + order
    return list(Ticket.objects.raw(sql, ["%" + term + "%"]))  # safe: KR601 parameterised, sort column allow-listed


def tickets_by_owner(owner):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, title FROM tickets_ticket WHERE owner = '%s'" % owner)  # want: KR601
        return cursor.fetchall()


def tickets_by_owner_safe(owner):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, title FROM tickets_ticket WHERE owner = %s", [owner])  # safe: KR601 parameterised query
        return cursor.fetchall()


def with_priority(qs, expr):
    return qs.annotate(score=RawSQL("CASE WHEN " + expr + " THEN 1 ELSE 0 END", []))  # want: KR601


def filter_where(qs, clause):
    return qs.extra(where=[clause])  # want: KR601


def find_user(username):
    conn = ldap.initialize(settings.LDAP_URL)
    flt = "(&(objectClass=person)(uid=" + username + "))"
    return conn.search_s(settings.LDAP_BASE, ldap.SCOPE_SUBTREE, flt)  # want: KR609


def find_user_safe(username):
    conn = ldap.initialize(settings.LDAP_URL)
    flt = "(&(objectClass=person)(uid=%s))" % escape_filter_chars(username)
    return conn.search_s(settings.LDAP_BASE, ldap.SCOPE_SUBTREE, flt)  # safe: KR609 escape_filter_chars


def notify_webhook(url, payload):
    return requests.post(url, json=payload, timeout=5)  # want: KR606


def notify_default(payload):
    return requests.post(settings.TICKET_WEBHOOK_URL, json=payload, timeout=5)  # safe: KR606 URL from settings


def attachment_path(name):
    return os.path.join(settings.MEDIA_ROOT, "attachments", name)


def load_snapshot(blob):
    return pickle.loads(blob)  # want: KR607


def run_report(fmt):
    return subprocess.run("ticket-report --format " + fmt, shell=True, capture_output=True)  # want: KR602


def run_report_safe(fmt):
    return subprocess.run(["ticket-report", "--format", fmt], capture_output=True)  # safe: KR602 list argv, no shell


def field_values(field):
    tree = etree.parse(settings.TICKET_SCHEMA_PATH)
    return tree.xpath("//field[@name='{}']/text()".format(field))  # want: KR608


def render_email(subject_template, ticket):
    return jinja2.Environment().from_string(subject_template).render(ticket=ticket)  # want: KR702
