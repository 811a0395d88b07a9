# Look-alikes from library code (moto, boto3, sympy, pydantic, ply,
# botocore, samtranslator): ids, structures and function signatures.
import inspect


class WebACLs:
    def update(self, acl, lock_token, task_token, version_token):
        # Optimistic-lock, workflow-task and version tokens are ids.
        if acl.lock_token != lock_token:
            raise ValueError()
        return acl.task_token == task_token or version_token == acl.version_token


def describe(file_systems, creation_token, grants, grant_token):
    found = [fs for fs in file_systems if fs.creation_token == creation_token]
    return found, {i: grant for i, grant in grants.items() if grant.token != grant_token}


def compare_identity(boto3_creds, crt_creds):
    # Two credential objects compared field by field.
    return (
        boto3_creds.access_key == crt_creds.access_key_id
        and boto3_creds.secret_key == crt_creds.secret_access_key
        and boto3_creds.token == crt_creds.session_token
    )


class Lambda:
    def is_identity(self):
        # sympy: a lambda's signature is its tuple of arguments.
        return self.signature == self.expr


def try_instantiate(self, func):
    return func.signature != self.func.signature


def check_model(present_params, Parameter):
    default_model_signature = [("self", Parameter.POSITIONAL_ONLY)]
    return [(p.name, p.kind) for p in present_params] == default_model_signature


def read_tables(pinfo, lr, tabmodule):
    signature = inspect.signature(pinfo)
    return lr.read_table(tabmodule) == signature


def paginate(value, input_token, result_keys, primary_result_key):
    token_keys = sorted(input_token)
    if token_keys == sorted(value.keys()):
        return None
    for token in result_keys:
        if token == primary_result_key:
            continue
    return None


def parse(tokens, pointer, token, OP):
    if tokens[pointer + 1] == token:
        return True
    for token in tokens:
        if token == (OP, "="):
            return True
    return False


class Globals:
    def merge(self, global_value, local_value):
        token_global = self._token_of(global_value)
        token_local = self._token_of(local_value)
        return token_global != token_local


def lookup(user, provided):
    # A collection of secrets says so: still reported.
    for token in user.api_tokens:
        if token == provided:  # want: KR510(medium/medium)
            return True
    return False
