"""Order e-mails, rendered from templates the staff can edit."""
import smtplib
from email.message import EmailMessage

import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates/mail"), autoescape=select_autoescape())


def render_subject(subject_template, order):
    return jinja2.Template(subject_template).render(order=order)  # want: KR702


def render_body(body_template, order):
    return env.from_string(body_template).render(order=order)  # want: KR702


def render_standard(order, greeting):
    return env.get_template("order_confirmation.txt").render(order=order, greeting=greeting)  # safe: KR702 template from disk, tainted variable


def send(to, subject, body):
    msg = EmailMessage()
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)
