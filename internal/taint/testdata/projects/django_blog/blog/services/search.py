"""Search and statistics queries that the ORM does not express well."""
from django.db import connection
from django.db.models.expressions import RawSQL

from ..models import Post
from ..utils.decorators import timed
from ..utils.sql import fetch_all, fetch_value

ORDERINGS = {"new": "created DESC", "old": "created ASC", "title": "title"}


def post_stats(slug):
    sql = (
        "SELECT p.id, COUNT(c.id) FROM blog_post p LEFT JOIN blog_comment c ON c.post_id = p.id "
        "WHERE p.slug = '%s' GROUP BY p.id" % slug
    )
    return fetch_all(sql)


def comment_count(post_id):
    return fetch_value("SELECT COUNT(*) FROM blog_comment WHERE post_id = %s", [post_id])


@timed
def related_posts(tags):
    conditions = []
    for tag in tags:
        conditions.append(f"tags LIKE '%%{tag}%%'")
    sql = "SELECT id, title FROM blog_post WHERE " + " OR ".join(conditions)
    with connection.cursor() as cur:
        cur.execute(sql)  # want: KR601
        return cur.fetchall()


def ordered_posts(order_key):
    ordering = ORDERINGS.get(order_key, "created DESC")
    return Post.objects.raw("SELECT * FROM blog_post ORDER BY " + ordering)  # safe: KR601 value from a constant map


def posts_with_score(weight_expr):
    return Post.objects.annotate(score=RawSQL("LENGTH(body) * " + weight_expr, []))  # want: KR601


def posts_with_bound_score(weight):
    return Post.objects.annotate(score=RawSQL("LENGTH(body) * %s", (weight,)))  # safe: KR601 parameter binding


class TagQuery:
    """Built from the request once, run later by the view."""

    base = "SELECT id, title FROM blog_post"

    def __init__(self, tag, limit):
        self.tag = tag
        self.limit = int(limit)

    def sql(self):
        return f"{self.base} WHERE tags LIKE '%%{self.tag}%%' LIMIT {self.limit}"

    def count_sql(self):
        return f"SELECT COUNT(*) FROM ({self.base} LIMIT {self.limit}) t"
