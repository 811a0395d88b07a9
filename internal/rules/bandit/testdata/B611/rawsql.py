from django.contrib.auth.models import User
from django.db.models.expressions import RawSQL

User.objects.annotate(val=RawSQL("secure", []))
User.objects.annotate(val=RawSQL("%secure" % "nos", []))  # want: B611(medium/medium)
User.objects.annotate(val=RawSQL("{}secure".format("no"), []))  # want: B611
raw = '"username") AS "val" FROM "auth_user" WHERE "username"="admin" --'
User.objects.annotate(val=RawSQL(raw, []))  # want: B611
raw = '"username") AS "val" FROM "auth_user"' ' WHERE "username"="admin" OR 1=%s --'
User.objects.annotate(val=RawSQL(raw, [0]))  # want: B611
User.objects.annotate(val=RawSQL(sql="secure", params=[]))
User.objects.annotate(val=RawSQL(sql=raw, params=[]))  # want: B611
