package dev.roster.scim.bulk;

import static dev.roster.scim.bulk.BulkTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.scim.error.ScimException;
import org.junit.jupiter.api.Test;

class BulkFailureLogTest {

    @Test
    void describesWhichOperationFailedAndWhy() {
        BulkOperation operation = read("""
                {"method":"DELETE","path":"/Users/u1"},
                {"method":"post","path":"/Users","bulkId":"qwerty","data":{}}""").operations().get(1);

        String detail = BulkFailureLog.describe(
                BulkOperationResult.failure(operation, null, ScimException.uniqueness("userName is already taken")));

        assertEquals("Bulk Operations[1] POST /Users (bulkId qwerty): userName is already taken", detail);
    }
}
