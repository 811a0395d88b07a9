import mako
from mako import template
from mako.template import Template

Template("hello")  # want: B702(medium/high)
mako.template.Template("hern")  # want: B702
template.Template("hern")  # want: B702
