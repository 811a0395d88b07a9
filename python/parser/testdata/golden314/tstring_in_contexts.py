from string.templatelib import Template, Interpolation


def render(template: Template) -> str:
    return "".join(
        part if isinstance(part, str) else str(part.value)
        for part in template
    )


name = "world"
greeting = render(t"Hello {name}!")
sql = t"SELECT * FROM users WHERE name = {name}"
match sql:
    case t"x":
        pass
print(t"{name}", key=t"{name!r}")
items = [t"{i}" for i in range(3)]
