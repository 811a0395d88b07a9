"""opskit-render: render config templates."""
import os
import sys

import jinja2

TEMPLATE_DIR = "/etc/opskit/templates"
env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATE_DIR), keep_trailing_newline=True)


def render_inline(source, context):
    return jinja2.Template(source).render(**context)  # want: KR702


def render_named(context):
    return env.get_template("nginx.conf.j2").render(**context)  # safe: KR702 template from disk


def main():
    context = {"host": os.environ.get("HOSTNAME", "localhost"), "port": 8080}
    if len(sys.argv) > 1:
        sys.stdout.write(render_inline(sys.argv[1], context))
    else:
        sys.stdout.write(render_named(context))
    return 0


if __name__ == "__main__":
    sys.exit(main())
