package dev.roster.it.cluster;

import dev.roster.it.Http;
import java.net.URI;
import java.util.Map;

/** The SCIM requests Okta sends, as these tests need them, against one node. Ids and names are plain ASCII. */
final class OktaTraffic {

    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    private final Http http;

    OktaTraffic(URI nodeBase, String token) {
        this.http = new Http(
                nodeBase.resolve("scim/v2/"),
                Map.of("Authorization", "Bearer " + token, "Accept", "application/scim+json"));
    }

    /** JSON written with single quotes, for readability. */
    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    /** Okta's create-user body (fixtures/replay/okta/create-user.json). */
    Http.Reply createUser(String userName) {
        return http.post(
                "Users",
                json("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],"
                        + "'userName':'" + userName + "','name':{'givenName':'Jane','familyName':'Doe'},"
                        + "'emails':[{'primary':true,'value':'" + userName + "','type':'work'}],"
                        + "'displayName':'Jane Doe','locale':'en-US','externalId':'00u"
                        + Integer.toHexString(userName.hashCode())
                        + "','groups':[],'password':'1mz050nq','active':true}"));
    }

    /** One PATCH that changes two attributes at once: both apply or neither. */
    Http.Reply patchTwoAttributes(String userId, String displayName, String title) {
        return http.patch(
                "Users/" + userId,
                json("{'schemas':['" + PATCH_OP + "'],'Operations':["
                        + "{'op':'replace','path':'displayName','value':'" + displayName + "'},"
                        + "{'op':'replace','path':'title','value':'" + title + "'}]}"));
    }

    Http.Reply createGroup(String displayName) {
        return http.post(
                "Groups",
                json("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group']," + "'displayName':'" + displayName
                        + "','members':[]}"));
    }

    /** Okta's group push adding one member (fixtures/replay/okta/group-rename-and-add-member.json). */
    Http.Reply addMember(String groupId, String groupName, String userId) {
        return http.patch(
                "Groups/" + groupId,
                json("{'schemas':['" + PATCH_OP + "'],'Operations':["
                        + "{'op':'replace','value':{'id':'" + groupId + "','displayName':'" + groupName + "'}},"
                        + "{'op':'add','path':'members','value':[{'value':'" + userId + "'}]}]}"));
    }

    /** Okta's group push removing one member (fixtures/replay/okta/group-rename-and-remove-member.json). */
    Http.Reply removeMember(String groupId, String groupName, String userId) {
        return http.patch(
                "Groups/" + groupId,
                json("{'schemas':['" + PATCH_OP + "'],'Operations':["
                        + "{'op':'replace','value':{'id':'" + groupId + "','displayName':'" + groupName + "'}},"
                        + "{'op':'remove','path':'members[value eq \\'" + userId + "\\']'}]}"));
    }

    Http.Reply get(String path) {
        return http.get(path);
    }

    Http.Reply delete(String path) {
        return http.delete(path);
    }
}
