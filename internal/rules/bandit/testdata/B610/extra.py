from django.contrib.auth.models import User

User.objects.filter(username="admin").extra(dict(could_be="insecure"))  # want: B610(medium/medium)
User.objects.filter(username="admin").extra(select=dict(could_be="insecure"))  # want: B610
query = '"username") AS "username", * FROM "auth_user" WHERE 1=1 OR "username"=? --'
User.objects.filter(username="admin").extra(select={"test": query})  # want: B610
User.objects.filter(username="admin").extra(select={"test": "%secure" % "nos"})  # want: B610
User.objects.filter(username="admin").extra(select={"test": "{}secure".format("nos")})  # want: B610

where_var = ['1=1) OR 1=1 AND (1=1']
User.objects.filter(username="admin").extra(where=where_var)  # want: B610
where_str = '1=1) OR 1=1 AND (1=1'
User.objects.filter(username="admin").extra(where=[where_str])  # want: B610
User.objects.filter(username="admin").extra(where=['%secure' % 'nos'])  # want: B610
User.objects.filter(username="admin").extra(where=['{}secure'.format('no')])  # want: B610

tables_var = ['django_content_type" WHERE "auth_user"."username"="admin']
User.objects.all().extra(tables=tables_var).distinct()  # want: B610
tables_str = 'django_content_type" WHERE "auth_user"."username"="admin'
User.objects.all().extra(tables=[tables_str]).distinct()  # want: B610

# Secure
User.objects.filter(username="admin").extra(select={"test": "secure"})
User.objects.filter(username="admin").extra(where=["secure"])
User.objects.filter(username="admin").extra(where=["1=1"], params=[user_input])
User.objects.all().extra(tables=["auth_user"])
