from django.utils import safestring
from django.utils.safestring import mark_safe

mark_safe("<b>x</b>")  # want: B308(medium/high)
safestring.mark_safe(html)  # want: B308
