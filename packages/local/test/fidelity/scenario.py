"""One scenario of IAM, STS and Cognito calls through botocore, printed as normalised JSON.

Usage: python3 scenario.py <endpoint-url> <access-key-id> <secret-access-key>
Each step prints {"op", "ok": normalised output} or {"op", "error": code, "status": http status}.
Values that differ between runs (ids, dates, keys, tokens) are masked, so two servers compare equal
when they answer the same shapes, values and error codes.
"""
import datetime
import json
import re
import sys

import botocore.session
from botocore.config import Config
from botocore.exceptions import ClientError

endpoint, key_id, secret = sys.argv[1:4]
session = botocore.session.get_session()
config = Config(retries={"max_attempts": 1})


def client(name):
    return session.create_client(
        name, region_name="us-east-1", endpoint_url=endpoint, aws_access_key_id=key_id,
        aws_secret_access_key=secret, config=config)


iam, sts, idp = client("iam"), client("sts"), client("cognito-idp")

MASKED = {
    "UserId", "GroupId", "RoleId", "PolicyId", "InstanceProfileId", "AccessKeyId", "SecretAccessKey",
    "SessionToken", "AccessToken", "IdToken", "RefreshToken", "Session", "ClientId", "ClientSecret",
    "Id", "UserPoolId", "AssumedRoleId", "UserSub", "Username", "Arn", "Expiration",
}
POOL_ID = re.compile(r"us-east-1_[0-9A-Za-z]+")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def normalise(value, key=None):
    if isinstance(value, dict):
        return {k: normalise(v, k) for k, v in sorted(value.items()) if k != "ResponseMetadata"}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, datetime.datetime):
        return "<date>"
    if key in MASKED and isinstance(value, str):
        return "<masked>"
    if key == "Value" and isinstance(value, str) and UUID.fullmatch(value):
        return "<uuid>"
    if isinstance(value, str):
        return UUID.sub("<uuid>", POOL_ID.sub("<pool>", value))
    return value


results = []
state = {}


def step(op, call):
    try:
        out = call()
        results.append({"op": op, "ok": normalise(out)})
        return out
    except ClientError as error:
        results.append({"op": op, "error": error.response["Error"]["Code"],
                        "status": error.response["ResponseMetadata"]["HTTPStatusCode"]})
        return None


DOC = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]})
TRUST = json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sts:AssumeRole"}]})

step("CreateUser", lambda: iam.create_user(UserName="alice", Path="/team/"))
step("CreateUser duplicate", lambda: iam.create_user(UserName="alice"))
step("GetUser", lambda: iam.get_user(UserName="alice"))
step("ListUsers", lambda: iam.list_users())
step("TagUser", lambda: iam.tag_user(UserName="alice", Tags=[{"Key": "team", "Value": "blue"}]))
step("ListUserTags", lambda: iam.list_user_tags(UserName="alice"))
step("CreateGroup", lambda: iam.create_group(GroupName="devs"))
step("AddUserToGroup", lambda: iam.add_user_to_group(GroupName="devs", UserName="alice"))
step("GetGroup", lambda: iam.get_group(GroupName="devs"))
step("ListGroupsForUser", lambda: iam.list_groups_for_user(UserName="alice"))
policy = step("CreatePolicy", lambda: iam.create_policy(PolicyName="read", PolicyDocument=DOC, Description="reads"))
arn = "arn:aws:iam::123456789012:policy/read"
step("CreatePolicy malformed", lambda: iam.create_policy(PolicyName="bad", PolicyDocument='{"Statement": ['))
step("CreatePolicyVersion", lambda: iam.create_policy_version(PolicyArn=arn, PolicyDocument=DOC, SetAsDefault=True))
step("ListPolicyVersions", lambda: iam.list_policy_versions(PolicyArn=arn))
step("GetPolicyVersion", lambda: iam.get_policy_version(PolicyArn=arn, VersionId="v1"))
step("GetPolicy", lambda: iam.get_policy(PolicyArn=arn))
step("AttachUserPolicy", lambda: iam.attach_user_policy(UserName="alice", PolicyArn=arn))
step("ListAttachedUserPolicies", lambda: iam.list_attached_user_policies(UserName="alice"))
step("PutUserPolicy", lambda: iam.put_user_policy(UserName="alice", PolicyName="inline", PolicyDocument=DOC))
step("GetUserPolicy", lambda: iam.get_user_policy(UserName="alice", PolicyName="inline"))
step("ListUserPolicies", lambda: iam.list_user_policies(UserName="alice"))
step("CreateAccessKey", lambda: iam.create_access_key(UserName="alice"))
step("ListAccessKeys", lambda: iam.list_access_keys(UserName="alice"))
step("CreateLoginProfile", lambda: iam.create_login_profile(UserName="alice", Password="Passw0rd!long"))
step("GetLoginProfile", lambda: iam.get_login_profile(UserName="alice"))
step("CreateRole", lambda: iam.create_role(RoleName="deployer", AssumeRolePolicyDocument=TRUST))
step("GetRole", lambda: iam.get_role(RoleName="deployer"))
step("PutRolePolicy", lambda: iam.put_role_policy(RoleName="deployer", PolicyName="inline", PolicyDocument=DOC))
step("CreateInstanceProfile", lambda: iam.create_instance_profile(InstanceProfileName="web"))
step("AddRoleToInstanceProfile", lambda: iam.add_role_to_instance_profile(InstanceProfileName="web", RoleName="deployer"))
step("GetInstanceProfile", lambda: iam.get_instance_profile(InstanceProfileName="web"))
step("DeleteRole conflict", lambda: iam.delete_role(RoleName="deployer"))
step("DeleteUser conflict", lambda: iam.delete_user(UserName="alice"))
step("GetUser missing", lambda: iam.get_user(UserName="nobody"))
step("DetachUserPolicy", lambda: iam.detach_user_policy(UserName="alice", PolicyArn=arn))
step("DeletePolicyVersion", lambda: iam.delete_policy_version(PolicyArn=arn, VersionId="v1"))
step("ListPolicies", lambda: iam.list_policies(Scope="Local"))
step("GetCallerIdentity", lambda: sts.get_caller_identity())
step("AssumeRole", lambda: sts.assume_role(RoleArn="arn:aws:iam::123456789012:role/deployer", RoleSessionName="ci"))

pool = step("CreateUserPool", lambda: idp.create_user_pool(PoolName="app"))
pool_id = pool["UserPool"]["Id"] if pool else "missing"
app = step("CreateUserPoolClient", lambda: idp.create_user_pool_client(
    UserPoolId=pool_id, ClientName="web", ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]))
client_id = app["UserPoolClient"]["ClientId"] if app else "missing"
step("AdminCreateUser", lambda: idp.admin_create_user(UserPoolId=pool_id, Username="bob", TemporaryPassword="Temp-Pass-1"))
step("AdminGetUser", lambda: idp.admin_get_user(UserPoolId=pool_id, Username="bob"))
step("ListUsers", lambda: idp.list_users(UserPoolId=pool_id))
step("AdminSetUserPassword", lambda: idp.admin_set_user_password(UserPoolId=pool_id, Username="bob", Password="Perm-Pass-1", Permanent=True))
step("InitiateAuth", lambda: idp.initiate_auth(ClientId=client_id, AuthFlow="USER_PASSWORD_AUTH", AuthParameters={"USERNAME": "bob", "PASSWORD": "Perm-Pass-1"}))
step("InitiateAuth wrong password", lambda: idp.initiate_auth(ClientId=client_id, AuthFlow="USER_PASSWORD_AUTH", AuthParameters={"USERNAME": "bob", "PASSWORD": "Wrong-Pass-1"}))
step("CreateGroup", lambda: idp.create_group(UserPoolId=pool_id, GroupName="admins"))
step("AdminAddUserToGroup", lambda: idp.admin_add_user_to_group(UserPoolId=pool_id, Username="bob", GroupName="admins"))
step("AdminListGroupsForUser", lambda: idp.admin_list_groups_for_user(UserPoolId=pool_id, Username="bob"))
step("DescribeUserPool", lambda: idp.describe_user_pool(UserPoolId=pool_id))
step("AdminDeleteUser", lambda: idp.admin_delete_user(UserPoolId=pool_id, Username="bob"))
step("AdminGetUser deleted", lambda: idp.admin_get_user(UserPoolId=pool_id, Username="bob"))

print(json.dumps(results))
