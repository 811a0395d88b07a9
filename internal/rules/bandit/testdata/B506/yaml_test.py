import json

import yaml


def test_yaml_load():
    ystr = yaml.dump({"a": 1, "b": 2, "c": 3})
    y = yaml.load(ystr)  # want: B506(medium/high)
    yaml.dump(y)
    try:
        y = yaml.load(ystr, Loader=yaml.CSafeLoader)
    except AttributeError:
        # CSafeLoader only exists if you build yaml with LibYAML
        y = yaml.load(ystr, Loader=yaml.SafeLoader)


def test_json_load():
    # no issue should be found
    j = json.load("{}")


yaml.load("{}", Loader=yaml.Loader)  # want: B506
yaml.load("{}", Loader=yaml.FullLoader)  # want: B506
yaml.load("{}", yaml.SafeLoader)
yaml.load("{}", yaml.UnsafeLoader)  # want: B506
yaml.load("{}", Loader=SafeLoader)
yaml.safe_load("{}")
