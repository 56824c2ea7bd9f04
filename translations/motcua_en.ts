<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Role</name>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Data clerk</source>
        <translation>Data clerk</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>motcua</name>
    <message>
        <source>The device&apos;s bundle keys could not be read or saved: %1</source>
        <translation>The device&apos;s bundle keys could not be read or saved: %1</translation>
    </message>
    <message>
        <source>This device has no bundle signing key: it was enrolled before bundles existed (or with an older province server). Enroll it again with a new code from the administrator.</source>
        <translation>This device has no bundle signing key: it was enrolled before bundles existed (or with an older province server). Enroll it again with a new code from the administrator.</translation>
    </message>
    <message>
        <source>The bundle could not be saved in the local store: %1</source>
        <translation>The bundle could not be saved in the local store: %1</translation>
    </message>
    <message>
        <source>The change %1 in the bundle is not a valid operation. Nothing was imported.</source>
        <translation>The change %1 in the bundle is not a valid operation. Nothing was imported.</translation>
    </message>
    <message>
        <source>The value typed for %1 %2</source>
        <translation>The value typed for %1 %2</translation>
    </message>
    <message>
        <source>is empty: enter the applicant&apos;s full name.</source>
        <translation>is empty: enter the applicant&apos;s full name.</translation>
    </message>
    <message>
        <source>is not a citizen ID: %1</source>
        <translation>is not a citizen ID: %1</translation>
    </message>
    <message>
        <source>is not a dossier status: &quot;%1&quot;.</source>
        <translation>is not a dossier status: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD): &quot;%1&quot;.</source>
        <translation>is not a date (YYYY-MM-DD): &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>is not a time (ISO 8601): &quot;%1&quot;.</source>
        <translation>is not a time (ISO 8601): &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>cannot be typed: keep this device&apos;s list or the server&apos;s.</source>
        <translation>cannot be typed: keep this device&apos;s list or the server&apos;s.</translation>
    </message>
    <message>
        <source>The conflict list could not be read: %1</source>
        <translation>The conflict list could not be read: %1</translation>
    </message>
    <message>
        <source>The conflict list could not be saved: %1</source>
        <translation>The conflict list could not be saved: %1</translation>
    </message>
    <message>
        <source>Could not update the database structure: %1</source>
        <translation>Could not update the database structure: %1</translation>
    </message>
    <message>
        <source>A citizen ID to search for has up to 12 digits, not &quot;%1&quot;.</source>
        <translation>A citizen ID to search for has up to 12 digits, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The dossiers could not be read: %1</source>
        <translation>The dossiers could not be read: %1</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>The decision could not be saved: %1</translation>
    </message>
    <message>
        <source>There is no dossier &quot;%1&quot;.</source>
        <translation>There is no dossier &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same dossier.</source>
        <translation>%1 and %2 are the same dossier.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>The officer accounts could not be read: %1</source>
        <translation>The officer accounts could not be read: %1</translation>
    </message>
    <message>
        <source>The officer account could not be saved: %1</source>
        <translation>The officer account could not be saved: %1</translation>
    </message>
    <message>
        <source>There is no officer account with the id %1.</source>
        <translation>There is no officer account with the id %1.</translation>
    </message>
    <message>
        <source>An officer needs at least one role (reception, handling, …).</source>
        <translation>An officer needs at least one role (reception, handling, …).</translation>
    </message>
    <message>
        <source>The outbox could not be updated: %1</source>
        <translation>The outbox could not be updated: %1</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>The outbox could not be read: %1</translation>
    </message>
    <message>
        <source>The procedure catalog could not be saved: %1</source>
        <translation>The procedure catalog could not be saved: %1</translation>
    </message>
    <message>
        <source>A procedure of the catalog has no code.</source>
        <translation>A procedure of the catalog has no code.</translation>
    </message>
    <message>
        <source>The procedure code %1 appears twice in the catalog.</source>
        <translation>The procedure code %1 appears twice in the catalog.</translation>
    </message>
    <message>
        <source>Procedure %1 of the catalog has no name.</source>
        <translation>Procedure %1 of the catalog has no name.</translation>
    </message>
    <message>
        <source>Procedure %1 of the catalog has a negative processing time.</source>
        <translation>Procedure %1 of the catalog has a negative processing time.</translation>
    </message>
    <message>
        <source>Document &quot;%1&quot; of procedure %2 asks for fewer than one copy.</source>
        <translation>Document &quot;%1&quot; of procedure %2 asks for fewer than one copy.</translation>
    </message>
    <message>
        <source>The old code %1 given for procedure %2 is the code of a procedure in the catalog.</source>
        <translation>The old code %1 given for procedure %2 is the code of a procedure in the catalog.</translation>
    </message>
    <message>
        <source>The old code %1 is given for two procedures, %2 and %3.</source>
        <translation>The old code %1 is given for two procedures, %2 and %3.</translation>
    </message>
    <message>
        <source>Changes from the server could not be saved: %1</source>
        <translation>Changes from the server could not be saved: %1</translation>
    </message>
    <message>
        <source>The sync state could not be read: %1</source>
        <translation>The sync state could not be read: %1</translation>
    </message>
    <message>
        <source>The sync state could not be saved: %1</source>
        <translation>The sync state could not be saved: %1</translation>
    </message>
    <message>
        <source>(no sector)</source>
        <translation>(no sector)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid: %1</source>
        <translation>The bundle&apos;s manifest is invalid: %1</translation>
    </message>
    <message>
        <source>The bundle was altered or damaged: %1 does not match its checksum. Nothing was imported.</source>
        <translation>The bundle was altered or damaged: %1 does not match its checksum. Nothing was imported.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;: give a header as written, a column number or a letter. Columns: %2</source>
        <translation>The file has no column &quot;%1&quot;: give a header as written, a column number or a letter. Columns: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this import; use one of: %2</source>
        <translation>&quot;%1&quot; is not a field of this import; use one of: %2</translation>
    </message>
    <message>
        <source>Two columns are mapped to %1.</source>
        <translation>Two columns are mapped to %1.</translation>
    </message>
    <message>
        <source>No column was recognized for %1. Map one with --map COLUMN=FIELD; the columns are: %2</source>
        <translation>No column was recognized for %1. Map one with --map COLUMN=FIELD; the columns are: %2</translation>
    </message>
    <message>
        <source>The spreadsheet is damaged (%1: %2).</source>
        <translation>The spreadsheet is damaged (%1: %2).</translation>
    </message>
    <message>
        <source>The encrypted store %1 was changed outside MotCua or is damaged (%2 does not pass its integrity check). Nothing was read from it; restore the folder from a backup.</source>
        <translation>The encrypted store %1 was changed outside MotCua or is damaged (%2 does not pass its integrity check). Nothing was read from it; restore the folder from a backup.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>The SQLite handle is not available.</source>
        <translation>The SQLite handle is not available.</translation>
    </message>
    <message>
        <source>%1 is not an encrypted MotCua store.</source>
        <translation>%1 is not an encrypted MotCua store.</translation>
    </message>
    <message>
        <source>The list of changes the server refused could not be read: %1</source>
        <translation>The list of changes the server refused could not be read: %1</translation>
    </message>
    <message>
        <source>The server&apos;s record is %1; the law does not lead from there to %2. Keep the server&apos;s status, then move the dossier if needed.</source>
        <translation>The server&apos;s record is %1; the law does not lead from there to %2. Keep the server&apos;s status, then move the dossier if needed.</translation>
    </message>
    <message>
        <source>The pauses of the dossier could not be read: %1</source>
        <translation>The pauses of the dossier could not be read: %1</translation>
    </message>
    <message>
        <source>The status, the pauses and the due date are one legal clock: keep %1 from the same side as the status.</source>
        <translation>The status, the pauses and the due date are one legal clock: keep %1 from the same side as the status.</translation>
    </message>
    <message>
        <source>The scan upload queue could not be read: %1</source>
        <translation>The scan upload queue could not be read: %1</translation>
    </message>
    <message>
        <source>The scan upload queue could not be saved: %1</source>
        <translation>The scan upload queue could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>motcua::ApplyOps</name>
    <message>
        <source>attachment %1 changed while it was imported</source>
        <translation>attachment %1 changed while it was imported</translation>
    </message>
    <message>
        <source>An attachment of the bundle could not be stored: %1</source>
        <translation>An attachment of the bundle could not be stored: %1</translation>
    </message>
    <message>
        <source>this device does not know records of type %1</source>
        <translation>this device does not know records of type %1</translation>
    </message>
    <message>
        <source>the earlier changes of this dossier are not on this device</source>
        <translation>the earlier changes of this dossier are not on this device</translation>
    </message>
</context>
<context>
    <name>motcua::AttachmentStore</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>it is not a file</translation>
    </message>
    <message>
        <source>Cannot create the attachment folder %1.</source>
        <translation>Cannot create the attachment folder %1.</translation>
    </message>
    <message>
        <source>The attachment %1 could not be saved (the disk may be full): %2</source>
        <translation>The attachment %1 could not be saved (the disk may be full): %2</translation>
    </message>
    <message>
        <source>The file %1 could not be read to the end: %2</source>
        <translation>The file %1 could not be read to the end: %2</translation>
    </message>
    <message>
        <source>cannot rename the temporary file</source>
        <translation>cannot rename the temporary file</translation>
    </message>
    <message>
        <source>cannot flush the attachment folder</source>
        <translation>cannot flush the attachment folder</translation>
    </message>
    <message>
        <source>The attachment could not be recorded: %1</source>
        <translation>The attachment could not be recorded: %1</translation>
    </message>
    <message>
        <source>No attachment %1 is recorded.</source>
        <translation>No attachment %1 is recorded.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attachment hash (64 hexadecimal digits).</source>
        <translation>&quot;%1&quot; is not an attachment hash (64 hexadecimal digits).</translation>
    </message>
    <message>
        <source>The attachment file %1 is missing or unreadable.</source>
        <translation>The attachment file %1 is missing or unreadable.</translation>
    </message>
    <message>
        <source>The attachment file %1 is damaged: its content no longer matches its name.</source>
        <translation>The attachment file %1 is damaged: its content no longer matches its name.</translation>
    </message>
    <message>
        <source>The scan %1 is missing from the data folder.</source>
        <translation>The scan %1 is missing from the data folder.</translation>
    </message>
    <message>
        <source>The scan %1 is damaged or was changed outside MotCua: it does not pass its integrity check and is not shown.</source>
        <translation>The scan %1 is damaged or was changed outside MotCua: it does not pass its integrity check and is not shown.</translation>
    </message>
</context>
<context>
    <name>motcua::BundleExport</name>
    <message>
        <source>There is nothing to put in a bundle: every change of this device has reached the server.</source>
        <translation>There is nothing to put in a bundle: every change of this device has reached the server.</translation>
    </message>
    <message>
        <source>The attachment %1 of a pending change is not on this computer.</source>
        <translation>The attachment %1 of a pending change is not on this computer.</translation>
    </message>
    <message>
        <source>A scan of this dossier (%1) is larger than the %2 MiB a bundle can carry: its changes stay on this computer.</source>
        <translation>A scan of this dossier (%1) is larger than the %2 MiB a bundle can carry: its changes stay on this computer.</translation>
    </message>
    <message>
        <source>No bundle was written: every pending change belongs to a dossier with a scan larger than %1 MiB.</source>
        <translation>No bundle was written: every pending change belongs to a dossier with a scan larger than %1 MiB.</translation>
    </message>
</context>
<context>
    <name>motcua::BundleImport</name>
    <message>
        <source>This bundle was made by this device: its changes are already here and still wait in the outbox.</source>
        <translation>This bundle was made by this device: its changes are already here and still wait in the outbox.</translation>
    </message>
</context>
<context>
    <name>motcua::BundleManifest</name>
    <message>
        <source>too large</source>
        <translation>too large</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>must be &quot;motcua-bundle&quot;</source>
        <translation>must be &quot;motcua-bundle&quot;</translation>
    </message>
    <message>
        <source>This bundle has format version %1; this program reads version %2. Update MotCua.</source>
        <translation>This bundle has format version %1; this program reads version %2. Update MotCua.</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time</source>
        <translation>must be an ISO 8601 time</translation>
    </message>
    <message>
        <source>blob_count or op_count differs from the lists</source>
        <translation>blob_count or op_count differs from the lists</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>appears twice</translation>
    </message>
    <message>
        <source>body_bytes does not add up to the listed records</source>
        <translation>body_bytes does not add up to the listed records</translation>
    </message>
</context>
<context>
    <name>motcua::BundleReader</name>
    <message>
        <source>The bundle %1 is incomplete (the copy was interrupted or the file was cut). Nothing was imported.</source>
        <translation>The bundle %1 is incomplete (the copy was interrupted or the file was cut). Nothing was imported.</translation>
    </message>
    <message>
        <source>the record at byte %1</source>
        <translation>the record at byte %1</translation>
    </message>
    <message>
        <source>The bundle %1 cannot be read: %2</source>
        <translation>The bundle %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a MotCua bundle file.</source>
        <translation>%1 is not a MotCua bundle file.</translation>
    </message>
    <message>
        <source>This bundle has format version %1; this program reads version %2. Update MotCua.</source>
        <translation>This bundle has format version %1; this program reads version %2. Update MotCua.</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>the header</translation>
    </message>
    <message>
        <source>The bundle&apos;s device certificate was not issued by this province for device %1 of commune %2. Nothing was imported.</source>
        <translation>The bundle&apos;s device certificate was not issued by this province for device %1 of commune %2. Nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle belongs to commune %1, this device to commune %2. Nothing was imported.</source>
        <translation>The bundle belongs to commune %1, this device to commune %2. Nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not valid: it was altered after device %1 made it. Nothing was imported.</source>
        <translation>The bundle&apos;s signature is not valid: it was altered after device %1 made it. Nothing was imported.</translation>
    </message>
    <message>
        <source>the attachment %1</source>
        <translation>the attachment %1</translation>
    </message>
    <message>
        <source>the change %1</source>
        <translation>the change %1</translation>
    </message>
    <message>
        <source>The change %1 in the bundle is not a valid operation. Nothing was imported.</source>
        <translation>The change %1 in the bundle is not a valid operation. Nothing was imported.</translation>
    </message>
    <message>
        <source>the end of the records</source>
        <translation>the end of the records</translation>
    </message>
</context>
<context>
    <name>motcua::BundleWriter</name>
    <message>
        <source>The bundle %1 could not be written: %2</source>
        <translation>The bundle %1 could not be written: %2</translation>
    </message>
    <message>
        <source>The attachment %1 cannot be read: %2</source>
        <translation>The attachment %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The attachment %1 is larger than 64 MiB.</source>
        <translation>The attachment %1 is larger than 64 MiB.</translation>
    </message>
    <message>
        <source>The attachment %1 on this computer is damaged (its content does not match its name); it was not put in the bundle.</source>
        <translation>The attachment %1 on this computer is damaged (its content does not match its name); it was not put in the bundle.</translation>
    </message>
    <message>
        <source>The change %1 is too large for a bundle.</source>
        <translation>The change %1 is too large for a bundle.</translation>
    </message>
    <message>
        <source>This device has no valid signing key.</source>
        <translation>This device has no valid signing key.</translation>
    </message>
</context>
<context>
    <name>motcua::CatalogJson</name>
    <message>
        <source>%1unknown field &apos;%2&apos;</source>
        <translation>%1unknown field &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 must be %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>a list of strings</translation>
    </message>
    <message>
        <source>%1[%2] must be a string</source>
        <translation>%1[%2] must be a string</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>documents[%1] must be an object</source>
        <translation>documents[%1] must be an object</translation>
    </message>
    <message>
        <source>%1 is missing or empty</source>
        <translation>%1 is missing or empty</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of original, certified_copy, photocopy</source>
        <translation>%1 &apos;%2&apos; is not one of original, certified_copy, photocopy</translation>
    </message>
    <message>
        <source>(not a string)</source>
        <translation>(not a string)</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least 1</source>
        <translation>%1 must be a whole number of at least 1</translation>
    </message>
    <message>
        <source>procedures[%1] must be an object</source>
        <translation>procedures[%1] must be an object</translation>
    </message>
    <message>
        <source>code must be a national procedure code shaped N.NNNNNN, like 1.001193</source>
        <translation>code must be a national procedure code shaped N.NNNNNN, like 1.001193</translation>
    </message>
    <message>
        <source>name is missing or empty</source>
        <translation>name is missing or empty</translation>
    </message>
    <message>
        <source>aliases[%1] &apos;%2&apos; is not a procedure code shaped N.NNNNNN</source>
        <translation>aliases[%1] &apos;%2&apos; is not a procedure code shaped N.NNNNNN</translation>
    </message>
    <message>
        <source>processing_unit &apos;%1&apos; is not one of same_day, working_days</source>
        <translation>processing_unit &apos;%1&apos; is not one of same_day, working_days</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(missing)</translation>
    </message>
    <message>
        <source>processing_time must be a whole number of working days</source>
        <translation>processing_time must be a whole number of working days</translation>
    </message>
    <message>
        <source>processing_time %1 is negative</source>
        <translation>processing_time %1 is negative</translation>
    </message>
    <message>
        <source>processing_time is %1 but processing_unit is same_day; a same-day procedure has processing_time 0</source>
        <translation>processing_time is %1 but processing_unit is same_day; a same-day procedure has processing_time 0</translation>
    </message>
    <message>
        <source>documents must be a list of documents</source>
        <translation>documents must be a list of documents</translation>
    </message>
    <message>
        <source>the code %1 is already used by procedures[%2]</source>
        <translation>the code %1 is already used by procedures[%2]</translation>
    </message>
    <message>
        <source>alias %1 is the code of procedures[%2] (%3)</source>
        <translation>alias %1 is the code of procedures[%2] (%3)</translation>
    </message>
    <message>
        <source>alias %1 is already claimed by procedures[%2] (%3)</source>
        <translation>alias %1 is already claimed by procedures[%2] (%3)</translation>
    </message>
    <message>
        <source>The catalog is not valid JSON: %1 at byte offset %2.</source>
        <translation>The catalog is not valid JSON: %1 at byte offset %2.</translation>
    </message>
    <message>
        <source>The catalog must be a JSON object with the fields format, format_version, version and procedures.</source>
        <translation>The catalog must be a JSON object with the fields format, format_version, version and procedures.</translation>
    </message>
    <message>
        <source>This file is not a MotCua catalog: format is &apos;%1&apos;, expected &apos;motcua-catalog&apos;.</source>
        <translation>This file is not a MotCua catalog: format is &apos;%1&apos;, expected &apos;motcua-catalog&apos;.</translation>
    </message>
    <message>
        <source>format_version is missing or not a whole number.</source>
        <translation>format_version is missing or not a whole number.</translation>
    </message>
    <message>
        <source>The catalog uses format_version %1, written for a newer MotCua; this version reads format_version %2. Update MotCua to install it.</source>
        <translation>The catalog uses format_version %1, written for a newer MotCua; this version reads format_version %2. Update MotCua to install it.</translation>
    </message>
    <message>
        <source>format_version %1 is not supported; expected %2.</source>
        <translation>format_version %1 is not supported; expected %2.</translation>
    </message>
    <message>
        <source>The catalog has no version.</source>
        <translation>The catalog has no version.</translation>
    </message>
    <message>
        <source>The catalog version must be a whole number of at least 1.</source>
        <translation>The catalog version must be a whole number of at least 1.</translation>
    </message>
    <message>
        <source>published_at &apos;%1&apos; is not a date written YYYY-MM-DD.</source>
        <translation>published_at &apos;%1&apos; is not a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The catalog has no procedures list.</source>
        <translation>The catalog has no procedures list.</translation>
    </message>
</context>
<context>
    <name>motcua::CitizenId</name>
    <message>
        <source>The citizen ID contains the letter &apos;%1&apos; at position %2; did you mean the digit 0?</source>
        <translation>The citizen ID contains the letter &apos;%1&apos; at position %2; did you mean the digit 0?</translation>
    </message>
    <message>
        <source>The citizen ID contains the letter &apos;%1&apos; at position %2; did you mean the digit 1?</source>
        <translation>The citizen ID contains the letter &apos;%1&apos; at position %2; did you mean the digit 1?</translation>
    </message>
    <message>
        <source>The citizen ID contains the letter &apos;%1&apos; at position %2; a citizen ID has only digits.</source>
        <translation>The citizen ID contains the letter &apos;%1&apos; at position %2; a citizen ID has only digits.</translation>
    </message>
    <message>
        <source>The citizen ID contains &apos;%1&apos; at position %2; a citizen ID has only digits (spaces, dots and dashes between groups are allowed).</source>
        <translation>The citizen ID contains &apos;%1&apos; at position %2; a citizen ID has only digits (spaces, dots and dashes between groups are allowed).</translation>
    </message>
    <message>
        <source>The citizen ID is empty.</source>
        <translation>The citizen ID is empty.</translation>
    </message>
    <message>
        <source>The number has 9 digits: that is an old identity card (CMND) number; a citizen ID has 12.</source>
        <translation>The number has 9 digits: that is an old identity card (CMND) number; a citizen ID has 12.</translation>
    </message>
    <message>
        <source>The number has %1 digits; a citizen ID has 12.</source>
        <translation>The number has %1 digits; a citizen ID has 12.</translation>
    </message>
    <message>
        <source>The province code %1 does not exist (the first three digits are the province of birth registration).</source>
        <translation>The province code %1 does not exist (the first three digits are the province of birth registration).</translation>
    </message>
    <message>
        <source>The citizen ID gives the birth year %1, which is after %2.</source>
        <translation>The citizen ID gives the birth year %1, which is after %2.</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>motcua::ClerkChanges</name>
    <message>
        <source>Dossier %1 was changed by someone else meanwhile: open it again.</source>
        <translation>Dossier %1 was changed by someone else meanwhile: open it again.</translation>
    </message>
</context>
<context>
    <name>motcua::CommuneProfile</name>
    <message>
        <source>The commune code is the 5-digit code of the administrative unit (for example 03199), not &quot;%1&quot;.</source>
        <translation>The commune code is the 5-digit code of the administrative unit (for example 03199), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Type the commune&apos;s name, e.g. Mường Phăng.</source>
        <translation>Type the commune&apos;s name, e.g. Mường Phăng.</translation>
    </message>
</context>
<context>
    <name>motcua::ConflictResolver</name>
    <message>
        <source>There is no conflict number %1.</source>
        <translation>There is no conflict number %1.</translation>
    </message>
    <message>
        <source>Conflict %1 was already resolved on %2.</source>
        <translation>Conflict %1 was already resolved on %2.</translation>
    </message>
    <message>
        <source>Conflicts on &quot;%1&quot; records cannot be resolved here.</source>
        <translation>Conflicts on &quot;%1&quot; records cannot be resolved here.</translation>
    </message>
    <message>
        <source>The server has a newer version of this dossier in conflict %1: resolve that one instead.</source>
        <translation>The server has a newer version of this dossier in conflict %1: resolve that one instead.</translation>
    </message>
    <message>
        <source>Conflict %1 has no field &quot;%2&quot;; its fields are: %3.</source>
        <translation>Conflict %1 has no field &quot;%2&quot;; its fields are: %3.</translation>
    </message>
    <message>
        <source>There is no dossier &quot;%1&quot;.</source>
        <translation>There is no dossier &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Replaced by the resolution of conflict %1.</source>
        <translation>Replaced by the resolution of conflict %1.</translation>
    </message>
    <message>
        <source>The chosen values cannot be saved: %1.</source>
        <translation>The chosen values cannot be saved: %1.</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Conflict resolved</translation>
    </message>
    <message>
        <source>Conflict resolved: %1</source>
        <translation>Conflict resolved: %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>Superseded by the resolution of conflict %1.</source>
        <translation>Superseded by the resolution of conflict %1.</translation>
    </message>
</context>
<context>
    <name>motcua::Conflicts</name>
    <message>
        <source>There is no open conflict number %1.</source>
        <translation>There is no open conflict number %1.</translation>
    </message>
</context>
<context>
    <name>motcua::ContactDetails</name>
    <message>
        <source>&quot;%1&quot; is not a phone number: expect 10 digits starting with 0, or +84.</source>
        <translation>&quot;%1&quot; is not a phone number: expect 10 digits starting with 0, or +84.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; is not an e-mail address.</translation>
    </message>
</context>
<context>
    <name>motcua::Database</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Cannot create the data folder %1.</translation>
    </message>
    <message>
        <source>Cannot prepare the database (%1): %2</source>
        <translation>Cannot prepare the database (%1): %2</translation>
    </message>
    <message>
        <source>%1 is not a MotCua database: %2</source>
        <translation>%1 is not a MotCua database: %2</translation>
    </message>
    <message>
        <source>This data was written by a newer MotCua (database version %1; this program understands up to %2). Install the newer MotCua to open it; nothing was changed.</source>
        <translation>This data was written by a newer MotCua (database version %1; this program understands up to %2). Install the newer MotCua to open it; nothing was changed.</translation>
    </message>
    <message>
        <source>The database is busy or cannot be written: %1</source>
        <translation>The database is busy or cannot be written: %1</translation>
    </message>
    <message>
        <source>The change could not be saved (the disk may be full): %1</source>
        <translation>The change could not be saved (the disk may be full): %1</translation>
    </message>
    <message>
        <source>The data in %1 is encrypted: an officer must log in with his password (or the administrator type the recovery key) to open it.</source>
        <translation>The data in %1 is encrypted: an officer must log in with his password (or the administrator type the recovery key) to open it.</translation>
    </message>
    <message>
        <source>The encryption layer cannot start.</source>
        <translation>The encryption layer cannot start.</translation>
    </message>
</context>
<context>
    <name>motcua::DiskSpace</name>
    <message>
        <source>The disk is full: only %1 is free on the disk of %2, so nothing was saved. Free some space (delete files you no longer need, empty the trash), then try again.</source>
        <translation>The disk is full: only %1 is free on the disk of %2, so nothing was saved. Free some space (delete files you no longer need, empty the trash), then try again.</translation>
    </message>
    <message>
        <source>Only %1 is free on this computer&apos;s disk: a dossier with scans may not fit. Free some space soon (delete files you no longer need, empty the trash).</source>
        <translation>Only %1 is free on this computer&apos;s disk: a dossier with scans may not fit. Free some space soon (delete files you no longer need, empty the trash).</translation>
    </message>
</context>
<context>
    <name>motcua::DossierLifecycle</name>
    <message>
        <source>Dossier %1 is already &quot;%2&quot;; it cannot move to &quot;%3&quot; again.</source>
        <translation>Dossier %1 is already &quot;%2&quot;; it cannot move to &quot;%3&quot; again.</translation>
    </message>
    <message>
        <source>Dossier %1 is closed as &quot;%2&quot;; it cannot move to &quot;%3&quot;.</source>
        <translation>Dossier %1 is closed as &quot;%2&quot;; it cannot move to &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Dossier %1 cannot move from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>Dossier %1 cannot move from &quot;%2&quot; to &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Moving dossier %1 from &quot;%2&quot; to &quot;%3&quot; needs the reasons: write them in the note.</source>
        <translation>Moving dossier %1 from &quot;%2&quot; to &quot;%3&quot; needs the reasons: write them in the note.</translation>
    </message>
    <message>
        <source>Moving dossier %1 from &quot;%2&quot; to &quot;%3&quot; needs a valid date and time.</source>
        <translation>Moving dossier %1 from &quot;%2&quot; to &quot;%3&quot; needs a valid date and time.</translation>
    </message>
    <message>
        <source>Dossier %1 cannot move from &quot;%2&quot; to &quot;%3&quot; at %4: it was received at %5.</source>
        <translation>Dossier %1 cannot move from &quot;%2&quot; to &quot;%3&quot; at %4: it was received at %5.</translation>
    </message>
    <message>
        <source>Dossier %1 cannot move from &quot;%2&quot; to &quot;%3&quot; at %4: its last change was at %5.</source>
        <translation>Dossier %1 cannot move from &quot;%2&quot; to &quot;%3&quot; at %4: its last change was at %5.</translation>
    </message>
</context>
<context>
    <name>motcua::DossierRepository</name>
    <message>
        <source>Dossier %1 was changed by someone else meanwhile: open it again.</source>
        <translation>Dossier %1 was changed by someone else meanwhile: open it again.</translation>
    </message>
    <message>
        <source>There is no dossier &quot;%1&quot;.</source>
        <translation>There is no dossier &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no procedure with the code &quot;%1&quot; in the catalog.</source>
        <translation>There is no procedure with the code &quot;%1&quot; in the catalog.</translation>
    </message>
    <message>
        <source>The procedure %1 is no longer in force: it cannot receive new dossiers.</source>
        <translation>The procedure %1 is no longer in force: it cannot receive new dossiers.</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s full name.</source>
        <translation>Enter the applicant&apos;s full name.</translation>
    </message>
    <message>
        <source>Every document handed in needs a title.</source>
        <translation>Every document handed in needs a title.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; needs a count of at least 1.</source>
        <translation>The document &quot;%1&quot; needs a count of at least 1.</translation>
    </message>
    <message>
        <source>The scan of &quot;%1&quot; was not found: %2</source>
        <translation>The scan of &quot;%1&quot; was not found: %2</translation>
    </message>
    <message>
        <source>The scan of &quot;%1&quot; cannot be read: %2</source>
        <translation>The scan of &quot;%1&quot; cannot be read: %2</translation>
    </message>
    <message>
        <source>No due date can be computed for a dossier received on %1.</source>
        <translation>No due date can be computed for a dossier received on %1.</translation>
    </message>
    <message>
        <source>The agency code &quot;%1&quot; set for this device cannot start a dossier code: use letters, digits and dots only.</source>
        <translation>The agency code &quot;%1&quot; set for this device cannot start a dossier code: use letters, digits and dots only.</translation>
    </message>
    <message>
        <source>Dossier %1 of %2: %3</source>
        <translation>Dossier %1 of %2: %3</translation>
    </message>
    <message>
        <source>Form 04 needs the reason for the delay: the citizen reads it.</source>
        <translation>Form 04 needs the reason for the delay: the citizen reads it.</translation>
    </message>
    <message>
        <source>Dossier %1 is %2: only a dossier still being handled gets a new date.</source>
        <translation>Dossier %1 is %2: only a dossier still being handled gets a new date.</translation>
    </message>
    <message>
        <source>The new date must be a working day from %1 on (the due date was %2).</source>
        <translation>The new date must be a working day from %1 on (the due date was %2).</translation>
    </message>
    <message>
        <source>New date %1 (was %2): %3</source>
        <translation>New date %1 (was %2): %3</translation>
    </message>
    <message>
        <source>Dossier %1 has no document %2: its documents are numbered 1 to %3.</source>
        <translation>Dossier %1 has no document %2: its documents are numbered 1 to %3.</translation>
    </message>
    <message>
        <source>This file is the scan that &quot;%1&quot; has already: choose the new scan.</source>
        <translation>This file is the scan that &quot;%1&quot; has already: choose the new scan.</translation>
    </message>
    <message>
        <source>New scan of &quot;%1&quot;</source>
        <translation>New scan of &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>motcua::DossierStatus</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>In process</source>
        <translation>In process</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <source>Financial obligation due</source>
        <translation>Financial obligation due</translation>
    </message>
    <message>
        <source>Done, awaiting collection</source>
        <translation>Done, awaiting collection</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Processing stopped</source>
        <translation>Processing stopped</translation>
    </message>
</context>
<context>
    <name>motcua::DuplicateFinder</name>
    <message>
        <source>Dossier %1 is withdrawn (or already merged): it cannot take part in a merge.</source>
        <translation>Dossier %1 is withdrawn (or already merged): it cannot take part in a merge.</translation>
    </message>
    <message>
        <source>Dossiers %1 (%2) and %3 (%4) are for different procedures: they are not duplicates.</source>
        <translation>Dossiers %1 (%2) and %3 (%4) are for different procedures: they are not duplicates.</translation>
    </message>
    <message numerus="yes">
        <source>Merged with the duplicate dossier %1 (%n event(s) moved here)</source>
        <translation>
            <numerusform>Merged with the duplicate dossier %1 (%n event moved here)</numerusform>
            <numerusform>Merged with the duplicate dossier %1 (%n events moved here)</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate of dossier %1: merged into it</source>
        <translation>Duplicate of dossier %1: merged into it</translation>
    </message>
    <message>
        <source>Dossiers %1 and %2 were already marked as not duplicates.</source>
        <translation>Dossiers %1 and %2 were already marked as not duplicates.</translation>
    </message>
    <message>
        <source>Not a duplicate of dossier %1</source>
        <translation>Not a duplicate of dossier %1</translation>
    </message>
    <message>
        <source>The window (days) and the name distance cannot be negative, and at least one pair must be allowed.</source>
        <translation>The window (days) and the name distance cannot be negative, and at least one pair must be allowed.</translation>
    </message>
    <message>
        <source>Dossier %1 is %2: it cannot be withdrawn, so it cannot be merged into %3. Merge the other way round, or dismiss the pair.</source>
        <translation>Dossier %1 is %2: it cannot be withdrawn, so it cannot be merged into %3. Merge the other way round, or dismiss the pair.</translation>
    </message>
</context>
<context>
    <name>motcua::LegacyCsvReader</name>
    <message>
        <source>Line %1 has more than %2 columns: is this really a table?</source>
        <translation>Line %1 has more than %2 columns: is this really a table?</translation>
    </message>
    <message>
        <source>The file could not be read after line %1: %2</source>
        <translation>The file could not be read after line %1: %2</translation>
    </message>
    <message>
        <source>The quote opened on line %1 is never closed.</source>
        <translation>The quote opened on line %1 is never closed.</translation>
    </message>
    <message>
        <source>A value on line %1 is longer than %2 bytes (an unclosed quote?).</source>
        <translation>A value on line %1 is longer than %2 bytes (an unclosed quote?).</translation>
    </message>
</context>
<context>
    <name>motcua::LegacyImportRows</name>
    <message>
        <source>(A spreadsheet may have dropped its leading zeros: format the column as text.)</source>
        <translation>(A spreadsheet may have dropped its leading zeros: format the column as text.)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: expect 10 digits starting with 0, or +84.</source>
        <translation>&quot;%1&quot; is not a phone number: expect 10 digits starting with 0, or +84.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; is not an e-mail address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it day first, as 12/03/2021 or 12/03/2021 08:30.</source>
        <translation>&quot;%1&quot; is not a date: write it day first, as 12/03/2021 or 12/03/2021 08:30.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 is in the future.</translation>
    </message>
    <message>
        <source>The procedure is missing.</source>
        <translation>The procedure is missing.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a procedure code, an old code of one, nor a procedure&apos;s name in the catalog.</source>
        <translation>&quot;%1&quot; is neither a procedure code, an old code of one, nor a procedure&apos;s name in the catalog.</translation>
    </message>
    <message>
        <source>The procedure %1 is no longer in force: it cannot receive dossiers.</source>
        <translation>The procedure %1 is no longer in force: it cannot receive dossiers.</translation>
    </message>
    <message>
        <source>The applicant&apos;s name is missing.</source>
        <translation>The applicant&apos;s name is missing.</translation>
    </message>
    <message>
        <source>The date of receipt is missing.</source>
        <translation>The date of receipt is missing.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status an import can take: use received, in process, done or returned.</source>
        <translation>&quot;%1&quot; is not a status an import can take: use received, in process, done or returned.</translation>
    </message>
    <message>
        <source>A dossier that is done needs the date of its result.</source>
        <translation>A dossier that is done needs the date of its result.</translation>
    </message>
    <message>
        <source>A returned dossier needs the date it was returned.</source>
        <translation>A returned dossier needs the date it was returned.</translation>
    </message>
    <message>
        <source>The result date is before the date of receipt.</source>
        <translation>The result date is before the date of receipt.</translation>
    </message>
    <message>
        <source>The return date is before the result date.</source>
        <translation>The return date is before the result date.</translation>
    </message>
    <message>
        <source>The citizen&apos;s name is missing.</source>
        <translation>The citizen&apos;s name is missing.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of birth: write it day first, as 05/09/1990.</source>
        <translation>&quot;%1&quot; is not a date of birth: write it day first, as 05/09/1990.</translation>
    </message>
    <message>
        <source>Born in %1 by this date, but in %2 by the citizen ID.</source>
        <translation>Born in %1 by this date, but in %2 by the citizen ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender: write Nam or Nữ.</source>
        <translation>&quot;%1&quot; is not a gender: write Nam or Nữ.</translation>
    </message>
    <message>
        <source>The gender &quot;%1&quot; contradicts the citizen ID.</source>
        <translation>The gender &quot;%1&quot; contradicts the citizen ID.</translation>
    </message>
</context>
<context>
    <name>motcua::LegacyImporter</name>
    <message>
        <source>This file was already imported on %1 by %2 (%3 rows). Importing it again would duplicate them; insist only if that is what you want.</source>
        <translation>This file was already imported on %1 by %2 (%3 rows). Importing it again would duplicate them; insist only if that is what you want.</translation>
    </message>
    <message>
        <source>Imported from an old list</source>
        <translation>Imported from an old list</translation>
    </message>
    <message>
        <source>The citizen ID %1 is already on an earlier row of this file.</source>
        <translation>The citizen ID %1 is already on an earlier row of this file.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing of it was saved.</source>
        <translation>The import was cancelled: nothing of it was saved.</translation>
    </message>
</context>
<context>
    <name>motcua::LegacyStatusReplay</name>
    <message>
        <source>Dossier %1 was changed by someone else meanwhile: open it again.</source>
        <translation>Dossier %1 was changed by someone else meanwhile: open it again.</translation>
    </message>
</context>
<context>
    <name>motcua::LegacyTable</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1 holds no table: not even a header row.</source>
        <translation>%1 holds no table: not even a header row.</translation>
    </message>
</context>
<context>
    <name>motcua::LegacyXlsxReader</name>
    <message>
        <source>%1 cannot be opened as a spreadsheet (.xlsx): it is not a valid file of that kind.</source>
        <translation>%1 cannot be opened as a spreadsheet (.xlsx): it is not a valid file of that kind.</translation>
    </message>
    <message>
        <source>The data cannot be opened as a spreadsheet (.xlsx): it is not a valid file of that kind.</source>
        <translation>The data cannot be opened as a spreadsheet (.xlsx): it is not a valid file of that kind.</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>cannot be opened</translation>
    </message>
    <message>
        <source>The spreadsheet&apos;s shared texts exceed %1 million characters.</source>
        <translation>The spreadsheet&apos;s shared texts exceed %1 million characters.</translation>
    </message>
    <message>
        <source>cannot be decompressed</source>
        <translation>cannot be decompressed</translation>
    </message>
    <message>
        <source>The spreadsheet has no worksheet to read.</source>
        <translation>The spreadsheet has no worksheet to read.</translation>
    </message>
    <message>
        <source>bad cell reference &quot;%1&quot;</source>
        <translation>bad cell reference &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A cell of row %1 holds more than %2 characters.</source>
        <translation>A cell of row %1 holds more than %2 characters.</translation>
    </message>
    <message>
        <source>shared string %1 does not exist</source>
        <translation>shared string %1 does not exist</translation>
    </message>
    <message>
        <source>The worksheet cannot be decompressed.</source>
        <translation>The worksheet cannot be decompressed.</translation>
    </message>
</context>
<context>
    <name>motcua::LegacyXlsxReader::Private</name>
    <message>
        <source>no size</source>
        <translation>no size</translation>
    </message>
    <message>
        <source>The spreadsheet part %1 is too large.</source>
        <translation>The spreadsheet part %1 is too large.</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>cannot be opened</translation>
    </message>
    <message>
        <source>cannot be decompressed</source>
        <translation>cannot be decompressed</translation>
    </message>
</context>
<context>
    <name>motcua::Members</name>
    <message>
        <source>unknown member</source>
        <translation>unknown member</translation>
    </message>
    <message>
        <source>missing or invalid</source>
        <translation>missing or invalid</translation>
    </message>
    <message>
        <source>must be an integer from %1 to %2</source>
        <translation>must be an integer from %1 to %2</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>must be an array</translation>
    </message>
    <message>
        <source>must be %1 bytes in base64url</source>
        <translation>must be %1 bytes in base64url</translation>
    </message>
</context>
<context>
    <name>motcua::OfficerRepository</name>
    <message>
        <source>The username &quot;%1&quot; is not valid: use 3 to 32 letters a-z, digits, dots, dashes or underscores, without accents or spaces, starting with a letter or digit.</source>
        <translation>The username &quot;%1&quot; is not valid: use 3 to 32 letters a-z, digits, dots, dashes or underscores, without accents or spaces, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>The password is too short: it needs at least %1 characters.</source>
        <translation>The password is too short: it needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The password is too long: at most %1 characters.</source>
        <translation>The password is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The officer&apos;s full name is required (it is printed on forms and in the records).</source>
        <translation>The officer&apos;s full name is required (it is printed on forms and in the records).</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory?); nothing was saved.</source>
        <translation>The password could not be protected (out of memory?); nothing was saved.</translation>
    </message>
    <message>
        <source>This desk already has officer accounts: an administrator must add new ones.</source>
        <translation>This desk already has officer accounts: an administrator must add new ones.</translation>
    </message>
    <message>
        <source>The first officer account of a desk must be an administrator, so that someone can manage the accounts.</source>
        <translation>The first officer account of a desk must be an administrator, so that someone can manage the accounts.</translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; is already taken by another officer.</source>
        <translation>The username &quot;%1&quot; is already taken by another officer.</translation>
    </message>
    <message>
        <source>add this account</source>
        <translation>add this account</translation>
    </message>
    <message>
        <source>The username or the password is wrong.</source>
        <translation>The username or the password is wrong.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled: ask the administrator.</source>
        <translation>The account &quot;%1&quot; is disabled: ask the administrator.</translation>
    </message>
    <message>
        <source>There is no officer account with the username &quot;%1&quot;.</source>
        <translation>There is no officer account with the username &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>take the administrator role away</source>
        <translation>take the administrator role away</translation>
    </message>
    <message>
        <source>disable this account</source>
        <translation>disable this account</translation>
    </message>
    <message>
        <source>Cannot %1: the desk would be left without an active administrator. Give another officer the administrator role first.</source>
        <translation>Cannot %1: the desk would be left without an active administrator. Give another officer the administrator role first.</translation>
    </message>
    <message>
        <source>The idle lock must be between %1 and %2 minutes, not %3.</source>
        <translation>The idle lock must be between %1 and %2 minutes, not %3.</translation>
    </message>
</context>
<context>
    <name>motcua::Outbox</name>
    <message>
        <source>An outbox operation needs an operation id, an entity, a record id and a version.</source>
        <translation>An outbox operation needs an operation id, an entity, a record id and a version.</translation>
    </message>
    <message>
        <source>An outbox operation refers to an attachment by a malformed hash: %1</source>
        <translation>An outbox operation refers to an attachment by a malformed hash: %1</translation>
    </message>
    <message>
        <source>The outbox could not be updated: %1</source>
        <translation>The outbox could not be updated: %1</translation>
    </message>
</context>
<context>
    <name>motcua::Permissions</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>This officer</source>
        <translation>This officer</translation>
    </message>
    <message>
        <source>receive dossiers</source>
        <translation>receive dossiers</translation>
    </message>
    <message>
        <source>process dossiers</source>
        <translation>process dossiers</translation>
    </message>
    <message>
        <source>approve results</source>
        <translation>approve results</translation>
    </message>
    <message>
        <source>return results to citizens</source>
        <translation>return results to citizens</translation>
    </message>
    <message>
        <source>refuse or stop dossiers</source>
        <translation>refuse or stop dossiers</translation>
    </message>
    <message>
        <source>manage officer accounts</source>
        <translation>manage officer accounts</translation>
    </message>
    <message>
        <source>resolve sync conflicts</source>
        <translation>resolve sync conflicts</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>import data</translation>
    </message>
    <message>
        <source>export reports</source>
        <translation>export reports</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>change settings</translation>
    </message>
    <message>
        <source>The account of %1 is disabled: it may not %2.</source>
        <translation>The account of %1 is disabled: it may not %2.</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the role %3.</source>
        <translation>%1 may not %2: that needs the role %3.</translation>
    </message>
    <message>
        <source>The account of %1 is disabled: it may not move dossiers to &quot;%2&quot;.</source>
        <translation>The account of %1 is disabled: it may not move dossiers to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No officer may move a dossier to &quot;%1&quot;.</source>
        <translation>No officer may move a dossier to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 may not move dossiers to &quot;%2&quot;: that needs the role %3.</source>
        <translation>%1 may not move dossiers to &quot;%2&quot;: that needs the role %3.</translation>
    </message>
</context>
<context>
    <name>motcua::Procedure</name>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Certified copy</source>
        <translation>Certified copy</translation>
    </message>
    <message>
        <source>Photocopy</source>
        <translation>Photocopy</translation>
    </message>
</context>
<context>
    <name>motcua::ProcedureRepository</name>
    <message>
        <source>This catalog is version %1, older than the installed version %2; nothing was changed.</source>
        <translation>This catalog is version %1, older than the installed version %2; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>motcua::ProcedureSearch</name>
    <message>
        <source>The procedure search does not work (%1): the catalog index may be damaged. Tell the administrator, who installs the catalog again (motcua-cli catalog import).</source>
        <translation>The procedure search does not work (%1): the catalog index may be damaged. Tell the administrator, who installs the catalog again (motcua-cli catalog import).</translation>
    </message>
</context>
<context>
    <name>motcua::RemoteChanges</name>
    <message>
        <source>the dossier of this event is not on this device yet</source>
        <translation>the dossier of this event is not on this device yet</translation>
    </message>
    <message>
        <source>the event has no id, time, status or dossier</source>
        <translation>the event has no id, time, status or dossier</translation>
    </message>
    <message>
        <source>the scan is not downloaded yet</source>
        <translation>the scan is not downloaded yet</translation>
    </message>
</context>
<context>
    <name>motcua::RemoteDossiers</name>
    <message>
        <source>A dossier from the server could not be saved: %1</source>
        <translation>A dossier from the server could not be saved: %1</translation>
    </message>
    <message>
        <source>A pause of the dossier has no valid time.</source>
        <translation>A pause of the dossier has no valid time.</translation>
    </message>
    <message>
        <source>the field %1 has an invalid value</source>
        <translation>the field %1 has an invalid value</translation>
    </message>
    <message>
        <source>the procedure %1 is not in the local catalog</source>
        <translation>the procedure %1 is not in the local catalog</translation>
    </message>
    <message>
        <source>the server sent only part of the dossier (no %1)</source>
        <translation>the server sent only part of the dossier (no %1)</translation>
    </message>
</context>
<context>
    <name>motcua::ReportWorkbook</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>the folder is missing or not writable</source>
        <translation>the folder is missing or not writable</translation>
    </message>
    <message>
        <source>the file could not be put in place</source>
        <translation>the file could not be put in place</translation>
    </message>
</context>
<context>
    <name>motcua::Reports</name>
    <message>
        <source>The report period must run from a date to the same or a later date.</source>
        <translation>The report period must run from a date to the same or a later date.</translation>
    </message>
</context>
<context>
    <name>motcua::SyncReasons</name>
    <message>
        <source>Tell the province administrator the dossier code; the dossier is kept on this computer meanwhile.</source>
        <translation>Tell the province administrator the dossier code; the dossier is kept on this computer meanwhile.</translation>
    </message>
    <message>
        <source>A scan of this dossier is larger than the 64 MiB that sync can carry, so the dossier was not sent and its later changes were refused.</source>
        <translation>A scan of this dossier is larger than the 64 MiB that sync can carry, so the dossier was not sent and its later changes were refused.</translation>
    </message>
    <message>
        <source>Scan the paper again at a lower resolution or split it into several files, then tell the province administrator the dossier code.</source>
        <translation>Scan the paper again at a lower resolution or split it into several files, then tell the province administrator the dossier code.</translation>
    </message>
    <message>
        <source>A scan of this dossier is missing or damaged on this computer, so the dossier could not be sent.</source>
        <translation>A scan of this dossier is missing or damaged on this computer, so the dossier could not be sent.</translation>
    </message>
    <message>
        <source>The province server does not have this dossier (its receipt did not reach the server), so it refused the later changes.</source>
        <translation>The province server does not have this dossier (its receipt did not reach the server), so it refused the later changes.</translation>
    </message>
    <message>
        <source>This dossier belongs to another commune: the server refused the change.</source>
        <translation>This dossier belongs to another commune: the server refused the change.</translation>
    </message>
    <message>
        <source>The server refused a status change of this dossier: it breaks the legal workflow (%1).</source>
        <translation>The server refused a status change of this dossier: it breaks the legal workflow (%1).</translation>
    </message>
    <message>
        <source>Check the dossier&apos;s status with the handling officer; %1</source>
        <translation>Check the dossier&apos;s status with the handling officer; %1</translation>
    </message>
    <message>
        <source>The server could not accept a change of this dossier (%1).</source>
        <translation>The server could not accept a change of this dossier (%1).</translation>
    </message>
    <message>
        <source>The server refused a change of this dossier: %1</source>
        <translation>The server refused a change of this dossier: %1</translation>
    </message>
    <message>
        <source>A scan of this dossier is larger than the 64 MiB that sync can carry: the dossier&apos;s record reached the province, but this scan never will.</source>
        <translation>A scan of this dossier is larger than the 64 MiB that sync can carry: the dossier&apos;s record reached the province, but this scan never will.</translation>
    </message>
    <message>
        <source>Scan the paper again at a lower resolution and attach the new file to the document with &quot;Replace scan…&quot; in the dossier; the next sync sends it.</source>
        <translation>Scan the paper again at a lower resolution and attach the new file to the document with &quot;Replace scan…&quot; in the dossier; the next sync sends it.</translation>
    </message>
    <message>
        <source>Scan the paper again and attach it to the document with &quot;Replace scan…&quot; in the dossier. If the dossier&apos;s changes were refused too, tell the province administrator the dossier code.</source>
        <translation>Scan the paper again and attach it to the document with &quot;Replace scan…&quot; in the dossier. If the dossier&apos;s changes were refused too, tell the province administrator the dossier code.</translation>
    </message>
</context>
<context>
    <name>motcua::SystemErrorText</name>
    <message>
        <source>the file or folder does not exist</source>
        <translation>the file or folder does not exist</translation>
    </message>
    <message>
        <source>this account may not open it</source>
        <translation>this account may not open it</translation>
    </message>
    <message>
        <source>the disk or USB stick is full</source>
        <translation>the disk or USB stick is full</translation>
    </message>
    <message>
        <source>the disk or USB stick is read-only</source>
        <translation>the disk or USB stick is read-only</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>a part of the path is not a folder</translation>
    </message>
    <message>
        <source>a file of that name exists already</source>
        <translation>a file of that name exists already</translation>
    </message>
    <message>
        <source>the disk or USB stick could not be read or written</source>
        <translation>the disk or USB stick could not be read or written</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>the file is in use</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>the file name is too long</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>the disk quota is used up</translation>
    </message>
    <message>
        <source>the disk or USB stick was removed</source>
        <translation>the disk or USB stick was removed</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
</context>
<context>
    <name>motcua::Timeliness</name>
    <message>
        <source>Early</source>
        <translation>Early</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
</context>
<context>
    <name>motcua::clerk</name>
    <message>
        <source>Nothing to do: no change of this device waits to be carried.</source>
        <translation>Nothing to do: no change of this device waits to be carried.</translation>
    </message>
    <message>
        <source>Choose the .mcb file that MotCua wrote on the other device.</source>
        <translation>Choose the .mcb file that MotCua wrote on the other device.</translation>
    </message>
    <message>
        <source>Copy the bundle again from the device that wrote it, then import the new copy.</source>
        <translation>Copy the bundle again from the device that wrote it, then import the new copy.</translation>
    </message>
    <message>
        <source>Update MotCua on this computer or on the device that wrote the bundle.</source>
        <translation>Update MotCua on this computer or on the device that wrote the bundle.</translation>
    </message>
    <message>
        <source>Check that the USB stick is plugged in and that the file is on it.</source>
        <translation>Check that the USB stick is plugged in and that the file is on it.</translation>
    </message>
    <message>
        <source>Check that the USB stick is plugged in, not full and not write-protected.</source>
        <translation>Check that the USB stick is plugged in, not full and not write-protected.</translation>
    </message>
    <message>
        <source>Do not use this file: no device of this commune signed it. Tell the data clerk.</source>
        <translation>Do not use this file: no device of this commune signed it. Tell the data clerk.</translation>
    </message>
    <message>
        <source>This bundle belongs to another commune: hand it to that commune&apos;s desk.</source>
        <translation>This bundle belongs to another commune: hand it to that commune&apos;s desk.</translation>
    </message>
    <message>
        <source>This computer wrote this bundle: import it on another device.</source>
        <translation>This computer wrote this bundle: import it on another device.</translation>
    </message>
    <message>
        <source>Enroll this computer with the province server first: it signs bundles with the key it receives then.</source>
        <translation>Enroll this computer with the province server first: it signs bundles with the key it receives then.</translation>
    </message>
    <message>
        <source>One change or scan is larger than a bundle may carry: send that dossier over the network when the link is back.</source>
        <translation>One change or scan is larger than a bundle may carry: send that dossier over the network when the link is back.</translation>
    </message>
    <message>
        <source>Show this message to the data clerk.</source>
        <translation>Show this message to the data clerk.</translation>
    </message>
</context>
<context>
    <name>motcua::clerk::BundleDialog</name>
    <message>
        <source>USB bundles</source>
        <translation>USB bundles</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this device wait for the server.</source>
        <translation>
            <numerusform>%n change of this device wait for the server.</numerusform>
            <numerusform>%n changes of this device wait for the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>A file on the USB stick, e.g. E:/motcua-%1.mcb</source>
        <translation>A file on the USB stick, e.g. E:/motcua-%1.mcb</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Carry this device&apos;s work to the center or the province</source>
        <translation>Carry this device&apos;s work to the center or the province</translation>
    </message>
    <message>
        <source>The changes stay queued here until the server confirms them: exporting twice, or syncing later, never sends anything twice.</source>
        <translation>The changes stay queued here until the server confirms them: exporting twice, or syncing later, never sends anything twice.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Take in a bundle written by another device of the commune</source>
        <translation>Take in a bundle written by another device of the commune</translation>
    </message>
    <message>
        <source>Export writes this device&apos;s pending changes and their scans into one signed file. Import checks a file from another device of the commune before it changes anything; a bundle imported twice changes nothing. What happened is shown here.</source>
        <translation>Export writes this device&apos;s pending changes and their scans into one signed file. Import checks a file from another device of the commune before it changes anything; a bundle imported twice changes nothing. What happened is shown here.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Export a bundle</translation>
    </message>
    <message>
        <source>MotCua bundles (*.mcb);;All files (*)</source>
        <translation>MotCua bundles (*.mcb);;All files (*)</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <source>Checking and importing the bundle…</source>
        <translation>Checking and importing the bundle…</translation>
    </message>
    <message numerus="yes">
        <source>Bundle written to %1: %n change(s) and %2 attachment(s). Hand the stick to the center or the province.</source>
        <translation>
            <numerusform>Bundle written to %1: %n change and %2 attachment. Hand the stick to the center or the province.</numerusform>
            <numerusform>Bundle written to %1: %n changes and %2 attachments. Hand the stick to the center or the province.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Written at</translation>
    </message>
    <message>
        <source>Bundle of device %1 imported: %2 change(s) applied.</source>
        <translation>Bundle of device %1 imported: %2 change(s) applied.</translation>
    </message>
    <message>
        <source>%1 change(s) met work pending here: see the conflicts list.</source>
        <translation>%1 change(s) met work pending here: see the conflicts list.</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Already here</translation>
    </message>
    <message>
        <source>Conflicts for the data clerk</source>
        <translation>Conflicts for the data clerk</translation>
    </message>
    <message>
        <source>Kept, waiting for their dossier or procedure</source>
        <translation>Kept, waiting for their dossier or procedure</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>Imported before</translation>
    </message>
    <message>
        <source>Attachments stored</source>
        <translation>Attachments stored</translation>
    </message>
    <message>
        <source>From device</source>
        <translation>From device</translation>
    </message>
    <message>
        <source>Copy kept at</source>
        <translation>Copy kept at</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were left out and stay on this computer: %1</source>
        <translation>
            <numerusform>%n change was left out and stay on this computer: %1</numerusform>
            <numerusform>%n changes were left out and stay on this computer: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out (scan too large)</source>
        <translation>Left out (scan too large)</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) were refused and did not reach the province: a bundle cannot carry them either.</source>
        <translation>
            <numerusform>%n dossier was refused and did not reach the province: a bundle cannot carry them either.</numerusform>
            <numerusform>%n dossiers were refused and did not reach the province: a bundle cannot carry them either.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::clerk::ConflictsView</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Found during</source>
        <translation>Found during</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Server version</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Why this choice (kept with the resolution)</source>
        <translation>Why this choice (kept with the resolution)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>A dossier changed here and on the server before the two could sync. For each field that differs, keep this device&apos;s value or the server&apos;s; the result is sent as a new change.</source>
        <translation>A dossier changed here and on the server before the two could sync. For each field that differs, keep this device&apos;s value or the server&apos;s; the result is sent as a new change.</translation>
    </message>
    <message>
        <source>sending (push)</source>
        <translation>sending (push)</translation>
    </message>
    <message>
        <source>receiving (pull)</source>
        <translation>receiving (pull)</translation>
    </message>
    <message>
        <source>No open conflicts: every change has reached the server.</source>
        <translation>No open conflicts: every change has reached the server.</translation>
    </message>
    <message>
        <source>Choose a conflict in the list.</source>
        <translation>Choose a conflict in the list.</translation>
    </message>
    <message>
        <source>Dossier %1 — %2. Changed on the server by %3 (version %4).</source>
        <translation>Dossier %1 — %2. Changed on the server by %3 (version %4).</translation>
    </message>
    <message>
        <source>the province</source>
        <translation>the province</translation>
    </message>
    <message>
        <source>The server deleted this dossier.</source>
        <translation>The server deleted this dossier.</translation>
    </message>
    <message>
        <source>Server&apos;s value</source>
        <translation>Server&apos;s value</translation>
    </message>
    <message>
        <source>This device&apos;s value</source>
        <translation>This device&apos;s value</translation>
    </message>
    <message>
        <source>same / server&apos;s</source>
        <translation>same / server&apos;s</translation>
    </message>
    <message>
        <source>Conflict of dossier %1 resolved; the result will be sent at the next sync.</source>
        <translation>Conflict of dossier %1 resolved; the result will be sent at the next sync.</translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation>desk %1</translation>
    </message>
    <message>
        <source>another desk of the commune</source>
        <translation>another desk of the commune</translation>
    </message>
    <message>
        <source>No open conflicts, but some changes did not reach the server: see the list above.</source>
        <translation>No open conflicts, but some changes did not reach the server: see the list above.</translation>
    </message>
    <message>
        <source>The status, the pauses and the due date are one legal clock: they are kept from the same side.</source>
        <translation>The status, the pauses and the due date are one legal clock: they are kept from the same side.</translation>
    </message>
</context>
<context>
    <name>motcua::clerk::DuplicatesView</name>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Earlier dossier</source>
        <translation>Earlier dossier</translation>
    </message>
    <message>
        <source>Later dossier</source>
        <translation>Later dossier</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Days apart</source>
        <translation>Days apart</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Keep the earlier dossier</source>
        <translation>Keep the earlier dossier</translation>
    </message>
    <message>
        <source>Keep the later dossier</source>
        <translation>Keep the later dossier</translation>
    </message>
    <message>
        <source>Why (kept in both dossiers&apos; history)</source>
        <translation>Why (kept in both dossiers&apos; history)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>The other dossier is withdrawn and its history moves to the one kept.</source>
        <translation>The other dossier is withdrawn and its history moves to the one kept.</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Search again</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Dossiers of the same procedure received within 30 days, with the same citizen ID or nearly the same name.</source>
        <translation>Dossiers of the same procedure received within 30 days, with the same citizen ID or nearly the same name.</translation>
    </message>
    <message>
        <source>No suspected duplicates.</source>
        <translation>No suspected duplicates.</translation>
    </message>
    <message numerus="yes">
        <source>%n suspected duplicate pair(s).</source>
        <translation>
            <numerusform>%n suspected duplicate pair.</numerusform>
            <numerusform>%n suspected duplicate pairs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching for duplicates…</source>
        <translation>Searching for duplicates…</translation>
    </message>
    <message>
        <source>same citizen ID</source>
        <translation>same citizen ID</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message numerus="yes">
        <source>names differ by %n letter(s)</source>
        <translation>
            <numerusform>names differ by %n letter</numerusform>
            <numerusform>names differ by %n letters</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Dossier %1 merged into %2; %1 is withdrawn.</source>
        <translation>Dossier %1 merged into %2; %1 is withdrawn.</translation>
    </message>
    <message>
        <source>%1 and %2 are kept as two requests.</source>
        <translation>%1 and %2 are kept as two requests.</translation>
    </message>
</context>
<context>
    <name>motcua::clerk::FieldText</name>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>(not carried)</source>
        <translation>(not carried)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s)</source>
        <translation>
            <numerusform>%n pause</numerusform>
            <numerusform>%n pauses</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>motcua::clerk::ImportDialog</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>TCVN3 (ABC, .Vn fonts)</source>
        <translation>TCVN3 (ABC, .Vn fonts)</translation>
    </message>
    <message>
        <source>VNI-Windows</source>
        <translation>VNI-Windows</translation>
    </message>
    <message>
        <source>VISCII</source>
        <translation>VISCII</translation>
    </message>
    <message>
        <source>Windows-1258</source>
        <translation>Windows-1258</translation>
    </message>
    <message>
        <source>Import an old list</source>
        <translation>Import an old list</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file</source>
        <translation>A .csv or .xlsx file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>List of:</source>
        <translation>List of:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Header in the file</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>First rows as they will be read</source>
        <translation>First rows as they will be read</translation>
    </message>
    <message>
        <source>All or nothing: one refused row refuses the file</source>
        <translation>All or nothing: one refused row refuses the file</translation>
    </message>
    <message>
        <source>Import the valid rows and list the others</source>
        <translation>Import the valid rows and list the others</translation>
    </message>
    <message>
        <source>Import again a file imported before</source>
        <translation>Import again a file imported before</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Choose the list to import</source>
        <translation>Choose the list to import</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Choose a file.</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>encoding %1 (detected)</source>
        <translation>encoding %1 (detected)</translation>
    </message>
    <message>
        <source>encoding %1 (chosen)</source>
        <translation>encoding %1 (chosen)</translation>
    </message>
    <message>
        <source>columns separated by “%1”</source>
        <translation>columns separated by “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first rows would be refused</source>
        <translation>
            <numerusform>%n of the first rows would be refused</numerusform>
            <numerusform>%n of the first rows would be refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Fix the file or the columns first: %1</source>
        <translation>Fix the file or the columns first: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1 rows read</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Tick “%1” to import it anyway.</source>
        <translation>Tick “%1” to import it anyway.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows.</source>
        <translation>Imported %1 of %2 rows.</translation>
    </message>
    <message>
        <source>%1 known citizens updated.</source>
        <translation>%1 known citizens updated.</translation>
    </message>
    <message>
        <source>%1 rows refused (listed below).</source>
        <translation>%1 rows refused (listed below).</translation>
    </message>
    <message>
        <source>Nothing was written: %1 of %2 rows were refused and the file is imported all or nothing. Fix them, or choose to import the valid rows.</source>
        <translation>Nothing was written: %1 of %2 rows were refused and the file is imported all or nothing. Fix them, or choose to import the valid rows.</translation>
    </message>
    <message>
        <source>The first %1 problems are listed.</source>
        <translation>The first %1 problems are listed.</translation>
    </message>
</context>
<context>
    <name>motcua::clerk::StatisticsView</name>
    <message>
        <source>Done early</source>
        <translation>Done early</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Ended without result</source>
        <translation>Ended without result</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Dossiers on hand from %1 to %2: %3.</source>
        <translation>Dossiers on hand from %1 to %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Register written: %n dossier(s).</source>
        <translation>
            <numerusform>Register written: %n dossier.</numerusform>
            <numerusform>Register written: %n dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Chosen dates</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>Register XLSX…</source>
        <translation>Register XLSX…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <source>Received in the period</source>
        <translation>Received in the period</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>Open, not yet due</source>
        <translation>Open, not yet due</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>Open and overdue</translation>
    </message>
    <message>
        <source>Results on time</source>
        <translation>Results on time</translation>
    </message>
    <message>
        <source>By procedure</source>
        <translation>By procedure</translation>
    </message>
    <message>
        <source>By officer</source>
        <translation>By officer</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>By sector</translation>
    </message>
    <message>
        <source>Breakdown:</source>
        <translation>Breakdown:</translation>
    </message>
    <message>
        <source>The period must start on or before its last day.</source>
        <translation>The period must start on or before its last day.</translation>
    </message>
    <message>
        <source>Counting the dossiers…</source>
        <translation>Counting the dossiers…</translation>
    </message>
    <message>
        <source>What became of the dossiers on hand</source>
        <translation>What became of the dossiers on hand</translation>
    </message>
    <message>
        <source>Other sectors</source>
        <translation>Other sectors</translation>
    </message>
    <message>
        <source>(no sector)</source>
        <translation>(no sector)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>On time %</source>
        <translation>On time %</translation>
    </message>
    <message>
        <source>Compute the statistics of a period first.</source>
        <translation>Compute the statistics of a period first.</translation>
    </message>
    <message>
        <source>Statistics written to %1.</source>
        <translation>Statistics written to %1.</translation>
    </message>
    <message>
        <source>Writing the register…</source>
        <translation>Writing the register…</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Export the statistics</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>By sector (colours as in the chart of outcomes)</source>
        <translation>By sector (colours as in the chart of outcomes)</translation>
    </message>
</context>
<context>
    <name>motcua::clerk::SyncAttentionList</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>Changes not sent</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message numerus="yes">
        <source>Not everything is on the server: %n dossier(s) did not reach the province (%1 change(s) refused or held back). They stay on this computer; see what to do for each below.</source>
        <translation>
            <numerusform>Not everything is on the server: %n dossier did not reach the province (%1 change refused or held back). They stay on this computer; see what to do for each below.</numerusform>
            <numerusform>Not everything is on the server: %n dossiers did not reach the province (%1 changes refused or held back). They stay on this computer; see what to do for each below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::desktop::ApologyDialog</name>
    <message>
        <source>Apology and new date (form 04)</source>
        <translation>Apology and new date (form 04)</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;New date:</translation>
    </message>
    <message>
        <source>&amp;Reason for the delay:</source>
        <translation>&amp;Reason for the delay:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::ApplicantPage</name>
    <message>
        <source>2. Applicant</source>
        <translation>2. Applicant</translation>
    </message>
    <message>
        <source>As written on the citizen&apos;s identity card.</source>
        <translation>As written on the citizen&apos;s identity card.</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Citizen ID:</source>
        <translation>&amp;Citizen ID:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Type the 12 digits of the citizen ID.</source>
        <translation>Type the 12 digits of the citizen ID.</translation>
    </message>
    <message>
        <source>Born %1, %2, birth registered in %3: check against the card.</source>
        <translation>Born %1, %2, birth registered in %3: check against the card.</translation>
    </message>
    <message>
        <source>Type the applicant&apos;s full name, as on the card, to go on.</source>
        <translation>Type the applicant&apos;s full name, as on the card, to go on.</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::CatalogWidget</name>
    <message>
        <source>Search procedures: name or code, with or without accents (Ctrl+F)</source>
        <translation>Search procedures: name or code, with or without accents (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Receive a dossier for this procedure</source>
        <translation>&amp;Receive a dossier for this procedure</translation>
    </message>
    <message>
        <source>&amp;Find a procedure:</source>
        <translation>&amp;Find a procedure:</translation>
    </message>
    <message>
        <source>Type a few letters of a procedure&apos;s name, e.g. &quot;khai sinh&quot;, or its code.</source>
        <translation>Type a few letters of a procedure&apos;s name, e.g. &quot;khai sinh&quot;, or its code.</translation>
    </message>
    <message>
        <source>No procedure matches.</source>
        <translation>No procedure matches.</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::CommuneSetupDialog</name>
    <message>
        <source>The commune of this desk</source>
        <translation>The commune of this desk</translation>
    </message>
    <message>
        <source>5 digits, e.g. 03199</source>
        <translation>5 digits, e.g. 03199</translation>
    </message>
    <message>
        <source>e.g. Mường Phăng</source>
        <translation>e.g. Mường Phăng</translation>
    </message>
    <message>
        <source>Every dossier code starts with the commune&apos;s official code, and the forms print the names below. Set them before the first dossier is received.</source>
        <translation>Every dossier code starts with the commune&apos;s official code, and the forms print the names below. Set them before the first dossier is received.</translation>
    </message>
    <message>
        <source>Set by the enrollment with the province server.</source>
        <translation>Set by the enrollment with the province server.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Commune &amp;code:</source>
        <translation>Commune &amp;code:</translation>
    </message>
    <message>
        <source>Commune &amp;name:</source>
        <translation>Commune &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Agency (on forms):</source>
        <translation>&amp;Agency (on forms):</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>&amp;Results returned at:</source>
        <translation>&amp;Results returned at:</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::DeskContext</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Cannot create the data folder %1.</translation>
    </message>
    <message>
        <source>The built-in procedure catalog is missing.</source>
        <translation>The built-in procedure catalog is missing.</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::DeskSettings</name>
    <message>
        <source>Public Administration Service Center</source>
        <translation>Public Administration Service Center</translation>
    </message>
    <message>
        <source>At the one-stop desk</source>
        <translation>At the one-stop desk</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::DocumentsPage</name>
    <message>
        <source>3. Documents</source>
        <translation>3. Documents</translation>
    </message>
    <message>
        <source>Tick what the citizen handed in; attach scans from files or drop them here.</source>
        <translation>Tick what the citizen handed in; attach scans from files or drop them here.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>&amp;Attach scan…</source>
        <translation>&amp;Attach scan…</translation>
    </message>
    <message>
        <source>&amp;Remove scan</source>
        <translation>&amp;Remove scan</translation>
    </message>
    <message>
        <source>A&amp;dd another document…</source>
        <translation>A&amp;dd another document…</translation>
    </message>
    <message>
        <source>%1 (if applicable)</source>
        <translation>%1 (if applicable)</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>Attached %1.</translation>
    </message>
    <message>
        <source>Attached %1 (scaled down to %2 px for storage).</source>
        <translation>Attached %1 (scaled down to %2 px for storage).</translation>
    </message>
    <message>
        <source>Select the document the scan belongs to first.</source>
        <translation>Select the document the scan belongs to first.</translation>
    </message>
    <message>
        <source>Scan of the document</source>
        <translation>Scan of the document</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Another document</source>
        <translation>Another document</translation>
    </message>
    <message>
        <source>Title of the document:</source>
        <translation>Title of the document:</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::DossierDetailWidget</name>
    <message>
        <source>&amp;Print form…</source>
        <translation>&amp;Print form…</translation>
    </message>
    <message>
        <source>Process &amp;control (05)…</source>
        <translation>Process &amp;control (05)…</translation>
    </message>
    <message>
        <source>&amp;Apology, new date (04)…</source>
        <translation>&amp;Apology, new date (04)…</translation>
    </message>
    <message>
        <source>&amp;Open scan</source>
        <translation>&amp;Open scan</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a dossier in the queue.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Select a dossier in the queue.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · citizen ID %2&lt;br/&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · citizen ID %2&lt;br/&gt;%3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Done. Print %1 with the Print button (Ctrl+P).</source>
        <translation>Done. Print %1 with the Print button (Ctrl+P).</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Done: %1.</translation>
    </message>
    <message>
        <source>This document has no scan.</source>
        <translation>This document has no scan.</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>No program is set up to open %1.</translation>
    </message>
    <message>
        <source>The scan could not be copied for viewing: %1</source>
        <translation>The scan could not be copied for viewing: %1</translation>
    </message>
    <message>
        <source>Refuse dossier %1 of %2? This ends the dossier and cannot be undone.</source>
        <translation>Refuse dossier %1 of %2? This ends the dossier and cannot be undone.</translation>
    </message>
    <message>
        <source>Record that %2 withdrew dossier %1? This ends the dossier and cannot be undone.</source>
        <translation>Record that %2 withdrew dossier %1? This ends the dossier and cannot be undone.</translation>
    </message>
    <message>
        <source>Stop processing dossier %1 of %2? This ends the dossier and cannot be undone.</source>
        <translation>Stop processing dossier %1 of %2? This ends the dossier and cannot be undone.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Not on the province server:&lt;/b&gt; %n change(s) of this dossier were refused or held back. %1&lt;br/&gt;&lt;b&gt;What to do:&lt;/b&gt; %2</source>
        <translation>
            <numerusform>&lt;b&gt;Not on the province server:&lt;/b&gt; %n change of this dossier were refused or held back. %1&lt;br/&gt;&lt;b&gt;What to do:&lt;/b&gt; %2</numerusform>
            <numerusform>&lt;b&gt;Not on the province server:&lt;/b&gt; %n changes of this dossier were refused or held back. %1&lt;br/&gt;&lt;b&gt;What to do:&lt;/b&gt; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Sync conflict:&lt;/b&gt; this dossier was changed here and on another desk or the province before they synced. The data clerk chooses what to keep in Data &gt; Sync conflicts.</source>
        <translation>&lt;b&gt;Sync conflict:&lt;/b&gt; this dossier was changed here and on another desk or the province before they synced. The data clerk chooses what to keep in Data &gt; Sync conflicts.</translation>
    </message>
    <message>
        <source>New date %1 recorded for dossier %2; it will be sent to the province.</source>
        <translation>New date %1 recorded for dossier %2; it will be sent to the province.</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>The scan is on its way from another desk; it appears after a later sync.</source>
        <translation>The scan is on its way from another desk; it appears after a later sync.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A scan did not reach the province server:&lt;/b&gt; %1&lt;br/&gt;&lt;b&gt;What to do:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;A scan did not reach the province server:&lt;/b&gt; %1&lt;br/&gt;&lt;b&gt;What to do:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>sending, %1 %</source>
        <translation>sending, %1 %</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>This scan has not reached the province server yet: %1 of %2 sent. Sync continues it by itself.</source>
        <translation>This scan has not reached the province server yet: %1 of %2 sent. Sync continues it by itself.</translation>
    </message>
    <message>
        <source>Replace scan…</source>
        <translation>Replace scan…</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>not sent</translation>
    </message>
    <message>
        <source>%1 Replace it with &quot;Replace scan…&quot;.</source>
        <translation>%1 Replace it with &quot;Replace scan…&quot;.</translation>
    </message>
    <message>
        <source>Attach a new scan to the selected document: one the province server refused, or the wrong paper.</source>
        <translation>Attach a new scan to the selected document: one the province server refused, or the wrong paper.</translation>
    </message>
    <message>
        <source>Select the document whose scan you replace.</source>
        <translation>Select the document whose scan you replace.</translation>
    </message>
    <message>
        <source>New scan of &quot;%1&quot;</source>
        <translation>New scan of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>New scan attached to &quot;%1&quot;; the next sync sends it to the province.</source>
        <translation>New scan attached to &quot;%1&quot;; the next sync sends it to the province.</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::DossierQueueModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::DossierQueueWidget</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Most urgent first</source>
        <translation>Most urgent first</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: applicant&apos;s name, citizen ID or dossier code</source>
        <translation>Filter: applicant&apos;s name, citizen ID or dossier code</translation>
    </message>
    <message>
        <source>Sync conflict: the data clerk must choose between this desk and the server.</source>
        <translation>Sync conflict: the data clerk must choose between this desk and the server.</translation>
    </message>
    <message>
        <source>Did not reach the province: see the dossier.</source>
        <translation>Did not reach the province: see the dossier.</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::EnrollDialog</name>
    <message>
        <source>Enroll this computer</source>
        <translation>Enroll this computer</translation>
    </message>
    <message>
        <source>The one-time code from the province administrator</source>
        <translation>The one-time code from the province administrator</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Enroll</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Both the server and the code are needed.</source>
        <translation>Both the server and the code are needed.</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::FirstRunDialog</name>
    <message>
        <source>MotCua — create the administrator</source>
        <translation>MotCua — create the administrator</translation>
    </message>
    <message>
        <source>This desk has no officer yet. Create the administrator account: it adds the other officers and gives them their roles.</source>
        <translation>This desk has no officer yet. Create the administrator account: it adds the other officers and gives them their roles.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firm password:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::Forms</name>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Form 01 — receipt and appointment</source>
        <translation>Form 01 — receipt and appointment</translation>
    </message>
    <message>
        <source>Form 02 — request to supplement</source>
        <translation>Form 02 — request to supplement</translation>
    </message>
    <message>
        <source>Form 03 — refusal</source>
        <translation>Form 03 — refusal</translation>
    </message>
    <message>
        <source>Form 04 — apology and new date</source>
        <translation>Form 04 — apology and new date</translation>
    </message>
    <message>
        <source>Form 05 — process control</source>
        <translation>Form 05 — process control</translation>
    </message>
    <message>
        <source>Form 06 — dossier register</source>
        <translation>Form 06 — dossier register</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::IntakeWizard</name>
    <message>
        <source>Receive a dossier</source>
        <translation>Receive a dossier</translation>
    </message>
    <message>
        <source>&amp;Save dossier</source>
        <translation>&amp;Save dossier</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Throw away the dossier being received? What was typed is lost.</source>
        <translation>Throw away the dossier being received? What was typed is lost.</translation>
    </message>
    <message>
        <source>Throw away the dossier of %1 being received? What was typed is lost.</source>
        <translation>Throw away the dossier of %1 being received? What was typed is lost.</translation>
    </message>
    <message>
        <source>&amp;Throw away</source>
        <translation>&amp;Throw away</translation>
    </message>
    <message>
        <source>&amp;Keep receiving</source>
        <translation>&amp;Keep receiving</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::LoginDialog</name>
    <message>
        <source>Log in with your officer account.</source>
        <translation>Log in with your officer account.</translation>
    </message>
    <message>
        <source>MotCua — log in</source>
        <translation>MotCua — log in</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>MotCua — locked</source>
        <translation>MotCua — locked</translation>
    </message>
    <message>
        <source>The desk was locked after a while without use. %1, type your password to go on.</source>
        <translation>The desk was locked after a while without use. %1, type your password to go on.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 locked the desk. %1, type your password to go on.</source>
        <translation>%1 locked the desk. %1, type your password to go on.</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::MainWindow</name>
    <message>
        <source>MotCua — one-stop desk</source>
        <translation>MotCua — one-stop desk</translation>
    </message>
    <message>
        <source>&amp;Procedures</source>
        <translation>&amp;Procedures</translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Officer: %1</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <source>&amp;New dossier…</source>
        <translation>&amp;New dossier…</translation>
    </message>
    <message>
        <source>&amp;Print form…</source>
        <translation>&amp;Print form…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>&amp;Refresh the queue</source>
        <translation>&amp;Refresh the queue</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Enroll this computer…</source>
        <translation>&amp;Enroll this computer…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About MotCua</source>
        <translation>&amp;About MotCua</translation>
    </message>
    <message>
        <source>The dossier being received before the program closed was restored.</source>
        <translation>The dossier being received before the program closed was restored.</translation>
    </message>
    <message>
        <source>Select a dossier in the queue to print its form.</source>
        <translation>Select a dossier in the queue to print its form.</translation>
    </message>
    <message>
        <source>About MotCua</source>
        <translation>About MotCua</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MotCua %1&lt;/h3&gt;&lt;p&gt;The offline-first one-stop desk of the commune: procedures, dossiers, forms and sync with the province server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MotCua %1&lt;/h3&gt;&lt;p&gt;The offline-first one-stop desk of the commune: procedures, dossiers, forms and sync with the province server.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>D&amp;ata</source>
        <translation>D&amp;ata</translation>
    </message>
    <message>
        <source>&amp;Statistics and reports…</source>
        <translation>&amp;Statistics and reports…</translation>
    </message>
    <message>
        <source>Statistics and reports</source>
        <translation>Statistics and reports</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>Sync &amp;conflicts…</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>&amp;Duplicate dossiers…</source>
        <translation>&amp;Duplicate dossiers…</translation>
    </message>
    <message>
        <source>Duplicate dossiers</source>
        <translation>Duplicate dossiers</translation>
    </message>
    <message>
        <source>&amp;Import old lists…</source>
        <translation>&amp;Import old lists…</translation>
    </message>
    <message>
        <source>USB &amp;bundle (no link)…</source>
        <translation>USB &amp;bundle (no link)…</translation>
    </message>
    <message>
        <source>Dossier &amp;register (form 06)…</source>
        <translation>Dossier &amp;register (form 06)…</translation>
    </message>
    <message>
        <source>Dossier register (form 06)</source>
        <translation>Dossier register (form 06)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Commune and agency…</source>
        <translation>&amp;Commune and agency…</translation>
    </message>
    <message>
        <source>&amp;Officers…</source>
        <translation>&amp;Officers…</translation>
    </message>
    <message>
        <source>First step: set up the commune of this desk.</source>
        <translation>First step: set up the commune of this desk.</translation>
    </message>
    <message>
        <source>Next step: add the officers who receive and handle dossiers.</source>
        <translation>Next step: add the officers who receive and handle dossiers.</translation>
    </message>
    <message>
        <source>The commune of this desk is not set up yet: the administrator sets it in Desk &gt; Commune and agency.</source>
        <translation>The commune of this desk is not set up yet: the administrator sets it in Desk &gt; Commune and agency.</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::MoveActions</name>
    <message>
        <source>Hand over / process</source>
        <translation>Hand over / process</translation>
    </message>
    <message>
        <source>Hand the dossier to the handling officer; after a supplement, resume the clock.</source>
        <translation>Hand the dossier to the handling officer; after a supplement, resume the clock.</translation>
    </message>
    <message>
        <source>Request supplement (02)</source>
        <translation>Request supplement (02)</translation>
    </message>
    <message>
        <source>Ask the citizen, once and completely, for what is missing: the clock pauses.</source>
        <translation>Ask the citizen, once and completely, for what is missing: the clock pauses.</translation>
    </message>
    <message>
        <source>Fees or taxes due</source>
        <translation>Fees or taxes due</translation>
    </message>
    <message>
        <source>The citizen must pay fees or taxes before the result.</source>
        <translation>The citizen must pay fees or taxes before the result.</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <source>The result is ready, awaiting collection.</source>
        <translation>The result is ready, awaiting collection.</translation>
    </message>
    <message>
        <source>Return result</source>
        <translation>Return result</translation>
    </message>
    <message>
        <source>The citizen collected the result.</source>
        <translation>The citizen collected the result.</translation>
    </message>
    <message>
        <source>Refuse (03)</source>
        <translation>Refuse (03)</translation>
    </message>
    <message>
        <source>Refuse the dossier with the reasons (form 03).</source>
        <translation>Refuse the dossier with the reasons (form 03).</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>The citizen withdrew the dossier.</source>
        <translation>The citizen withdrew the dossier.</translation>
    </message>
    <message>
        <source>Stop processing</source>
        <translation>Stop processing</translation>
    </message>
    <message>
        <source>Processing is stopped, with the reason.</source>
        <translation>Processing is stopped, with the reason.</translation>
    </message>
    <message>
        <source>Every missing or wrong document, one per line, with the reason:</source>
        <translation>Every missing or wrong document, one per line, with the reason:</translation>
    </message>
    <message>
        <source>Reasons for the refusal:</source>
        <translation>Reasons for the refusal:</translation>
    </message>
    <message>
        <source>Why processing stops:</source>
        <translation>Why processing stops:</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Note (optional):</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::OfficerFormDialog</name>
    <message>
        <source>New officer</source>
        <translation>New officer</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Roles of %1</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>e.g. lothimai</source>
        <translation>e.g. lothimai</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firm password:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Type the officer&apos;s full name.</source>
        <translation>Type the officer&apos;s full name.</translation>
    </message>
    <message>
        <source>Give the officer at least one role.</source>
        <translation>Give the officer at least one role.</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::OfficersDialog</name>
    <message>
        <source>&amp;Add an officer…</source>
        <translation>&amp;Add an officer…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Roles…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>Officers of this desk</source>
        <translation>Officers of this desk</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Each officer logs in with their own account; what they may do follows their roles. Reception receives dossiers and returns results, handling processes them, the leader signs, the data clerk resolves sync conflicts.</source>
        <translation>Each officer logs in with their own account; what they may do follows their roles. Reception receives dossiers and returns results, handling processes them, the leader signs, the data clerk resolves sync conflicts.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>%1 can now log in as %2.</source>
        <translation>%1 can now log in as %2.</translation>
    </message>
    <message>
        <source>Roles of %1 saved.</source>
        <translation>Roles of %1 saved.</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 can no longer log in.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 can log in again.</translation>
    </message>
    <message>
        <source>New password of %1 saved: hand it over in person.</source>
        <translation>New password of %1 saved: hand it over in person.</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::ProcedureHtml</name>
    <message>
        <source>Same day (after 15:00: next working day)</source>
        <translation>Same day (after 15:00: next working day)</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Processing time</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Former codes</source>
        <translation>Former codes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>No longer in the catalog</source>
        <translation>No longer in the catalog</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>if applicable</source>
        <translation>if applicable</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::ProcedurePage</name>
    <message>
        <source>1. Procedure</source>
        <translation>1. Procedure</translation>
    </message>
    <message>
        <source>Which procedure does the citizen ask for?</source>
        <translation>Which procedure does the citizen ask for?</translation>
    </message>
    <message>
        <source>Name or code, with or without accents</source>
        <translation>Name or code, with or without accents</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::ReceiptPage</name>
    <message>
        <source>5. Receipt (form 01)</source>
        <translation>5. Receipt (form 01)</translation>
    </message>
    <message>
        <source>The dossier is saved. Print the receipt and appointment for the citizen to sign.</source>
        <translation>The dossier is saved. Print the receipt and appointment for the citizen to sign.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Save P&amp;DF…</translation>
    </message>
    <message>
        <source>Dossier &lt;b&gt;%1&lt;/b&gt;, due &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Dossier &lt;b&gt;%1&lt;/b&gt;, due &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The receipt PDF was not kept: %1</source>
        <translation>The receipt PDF was not kept: %1</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::RecoveryKeyDialog</name>
    <message>
        <source>I have printed or written down the recovery key and put it in the safe.</source>
        <translation>I have printed or written down the recovery key and put it in the safe.</translation>
    </message>
    <message>
        <source>MotCua — recovery key</source>
        <translation>MotCua — recovery key</translation>
    </message>
    <message>
        <source>The data of this desk is now encrypted. If every officer forgets his password, only this recovery key opens it. It is shown only now: print it, keep it in the commune&apos;s safe, never with the laptop.</source>
        <translation>The data of this desk is now encrypted. If every officer forgets his password, only this recovery key opens it. It is shown only now: print it, keep it in the commune&apos;s safe, never with the laptop.</translation>
    </message>
    <message>
        <source>&amp;Save the sheet as PDF…</source>
        <translation>&amp;Save the sheet as PDF…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Save the recovery sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1. Print it, then delete the file.</source>
        <translation>Saved to %1. Print it, then delete the file.</translation>
    </message>
    <message>
        <source>The sheet could not be saved: %1</source>
        <translation>The sheet could not be saved: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>MotCua — recovery key of the desk</source>
        <translation>MotCua — recovery key of the desk</translation>
    </message>
    <message>
        <source>Keep this sheet in the commune&apos;s safe, never with the laptop. With it an administrator opens the desk&apos;s data when every password is forgotten (docs/encryption.md).</source>
        <translation>Keep this sheet in the commune&apos;s safe, never with the laptop. With it an administrator opens the desk&apos;s data when every password is forgotten (docs/encryption.md).</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::ReviewPage</name>
    <message>
        <source>4. Review</source>
        <translation>4. Review</translation>
    </message>
    <message>
        <source>Check with the citizen, then save: the dossier gets its code and due date.</source>
        <translation>Check with the citizen, then save: the dossier gets its code and due date.</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Processing time</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>scan attached</source>
        <translation>scan attached</translation>
    </message>
    <message>
        <source>Required but not ticked (the dossier may be incomplete):</source>
        <translation>Required but not ticked (the dossier may be incomplete):</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::ScanPreparer</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The image %1 cannot be read.</source>
        <translation>The image %1 cannot be read.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write the scaled scan %1.</source>
        <translation>Cannot write the scaled scan %1.</translation>
    </message>
    <message>
        <source>%1 is %2: sync can carry at most %3 per scan to the province. Scan the paper at a lower resolution or split it into several files, then attach them.</source>
        <translation>%1 is %2: sync can carry at most %3 per scan to the province. Scan the paper at a lower resolution or split it into several files, then attach them.</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Lock after idle:</translation>
    </message>
    <message>
        <source>Province &amp;server:</source>
        <translation>Province &amp;server:</translation>
    </message>
    <message>
        <source>&amp;Agency (on forms):</source>
        <translation>&amp;Agency (on forms):</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>&amp;Results returned at:</source>
        <translation>&amp;Results returned at:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::SyncPanel</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Enroll this computer…</source>
        <translation>&amp;Enroll this computer…</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Province server</source>
        <translation>Province server</translation>
    </message>
    <message>
        <source>MotCua works without a network. Every dossier received or moved waits here and is sent by itself when the link to the province server comes back; nothing is lost if the power or the link fails. Without any link for days, take the work to the center on a USB stick (bundle).</source>
        <translation>MotCua works without a network. Every dossier received or moved waits here and is sent by itself when the link to the province server comes back; nothing is lost if the power or the link fails. Without any link for days, take the work to the center on a USB stick (bundle).</translation>
    </message>
    <message>
        <source>This computer is not enrolled yet: enroll it with the code from the province administrator.</source>
        <translation>This computer is not enrolled yet: enroll it with the code from the province administrator.</translation>
    </message>
    <message>
        <source>Server: &lt;b&gt;%1&lt;/b&gt; (commune %2)</source>
        <translation>Server: &lt;b&gt;%1&lt;/b&gt; (commune %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not enrolled.&lt;/b&gt; This desk keeps everything locally until it is enrolled with the province server.</source>
        <translation>&lt;b&gt;Not enrolled.&lt;/b&gt; This desk keeps everything locally until it is enrolled with the province server.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n second(s).</source>
        <translation>
            <numerusform>Next attempt in %n second.</numerusform>
            <numerusform>Next attempt in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Last problem: %1</translation>
    </message>
    <message>
        <source>&amp;Enroll again…</source>
        <translation>&amp;Enroll again…</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::SyncStatusWidget</name>
    <message>
        <source>Not enrolled: working offline</source>
        <translation>Not enrolled: working offline</translation>
    </message>
    <message>
        <source>This computer&apos;s access was revoked</source>
        <translation>This computer&apos;s access was revoked</translation>
    </message>
    <message>
        <source>Link not checked yet</source>
        <translation>Link not checked yet</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Captive portal: log in to the Wi-Fi first</source>
        <translation>Captive portal: log in to the Wi-Fi first</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync %1, but not everything reached the server</source>
        <translation>Last sync %1, but not everything reached the server</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) did not reach the province: see Sync</source>
        <translation>
            <numerusform>%n dossier did not reach the province: see Sync</numerusform>
            <numerusform>%n dossiers did not reach the province: see Sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s): see Data</source>
        <translation>
            <numerusform>%n sync conflict: see Data</numerusform>
            <numerusform>%n sync conflicts: see Data</numerusform>
        </translation>
    </message>
    <message>
        <source>Data → Sync conflicts: the data clerk chooses, field by field, which values to keep.</source>
        <translation>Data → Sync conflicts: the data clerk chooses, field by field, which values to keep.</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::UnlockDialog</name>
    <message>
        <source>I forgot the password: use the &amp;recovery key</source>
        <translation>I forgot the password: use the &amp;recovery key</translation>
    </message>
    <message>
        <source>MotCua — log in</source>
        <translation>MotCua — log in</translation>
    </message>
    <message>
        <source>MotCua — turn on encryption</source>
        <translation>MotCua — turn on encryption</translation>
    </message>
    <message>
        <source>The citizen data on this computer is encrypted. Log in with your officer account to open it.</source>
        <translation>The citizen data on this computer is encrypted. Log in with your officer account to open it.</translation>
    </message>
    <message>
        <source>This desk&apos;s data is not encrypted yet: anyone who takes the laptop could read it. An administrator logs in once to encrypt it; he then receives the recovery key to keep in the commune&apos;s safe. Nothing is lost.</source>
        <translation>This desk&apos;s data is not encrypted yet: anyone who takes the laptop could read it. An administrator logs in once to encrypt it; he then receives the recovery key to keep in the commune&apos;s safe. Nothing is lost.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Encrypt</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrator:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet in the commune&apos;s safe, the username of an administrator and the new password for that account.</source>
        <translation>Type the recovery key from the sheet in the commune&apos;s safe, the username of an administrator and the new password for that account.</translation>
    </message>
</context>
<context>
    <name>motcua::print::FormRenderer</name>
    <message>
        <source>No file name was given for the PDF.</source>
        <translation>No file name was given for the PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>The PDF could not be written to %1: %2</translation>
    </message>
</context>
<context>
    <name>motcua::protocol</name>
    <message>
        <source>The chunk was damaged on the way: its SHA-256 does not match X-Chunk-SHA256.</source>
        <translation>The chunk was damaged on the way: its SHA-256 does not match X-Chunk-SHA256.</translation>
    </message>
    <message>
        <source>Content-Range is not &apos;bytes FIRST-LAST/TOTAL&apos;: %1</source>
        <translation>Content-Range is not &apos;bytes FIRST-LAST/TOTAL&apos;: %1</translation>
    </message>
    <message>
        <source>The body would be larger than %1 bytes once decompressed.</source>
        <translation>The body would be larger than %1 bytes once decompressed.</translation>
    </message>
    <message>
        <source>The body is not valid zstd data (%1).</source>
        <translation>The body is not valid zstd data (%1).</translation>
    </message>
    <message>
        <source>Out of memory for compression.</source>
        <translation>Out of memory for compression.</translation>
    </message>
    <message>
        <source>Compression failed: %1</source>
        <translation>Compression failed: %1</translation>
    </message>
    <message>
        <source>Out of memory for decompression.</source>
        <translation>Out of memory for decompression.</translation>
    </message>
    <message>
        <source>Content-Encoding &apos;%1&apos; is not supported; use zstd or none.</source>
        <translation>Content-Encoding &apos;%1&apos; is not supported; use zstd or none.</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>The body is larger than %1 bytes.</translation>
    </message>
    <message>
        <source>The device credential is not in the form &apos;Bearer &lt;device id&gt;.&lt;token&gt;&apos;.</source>
        <translation>The device credential is not in the form &apos;Bearer &lt;device id&gt;.&lt;token&gt;&apos;.</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>must be an integer</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <source>must be a JSON array</source>
        <translation>must be a JSON array</translation>
    </message>
    <message>
        <source>has the wrong type</source>
        <translation>has the wrong type</translation>
    </message>
    <message>
        <source>must be at most %1 characters long</source>
        <translation>must be at most %1 characters long</translation>
    </message>
    <message>
        <source>must be valid Unicode text</source>
        <translation>must be valid Unicode text</translation>
    </message>
    <message>
        <source>nests deeper than %1 levels</source>
        <translation>nests deeper than %1 levels</translation>
    </message>
    <message>
        <source>must have at most %1 items</source>
        <translation>must have at most %1 items</translation>
    </message>
    <message>
        <source>must have at most %1 members</source>
        <translation>must have at most %1 members</translation>
    </message>
    <message>
        <source>member names must be lower-case snake_case of at most %1 characters</source>
        <translation>member names must be lower-case snake_case of at most %1 characters</translation>
    </message>
    <message>
        <source>member names must be clean text of 1 to %1 characters</source>
        <translation>member names must be clean text of 1 to %1 characters</translation>
    </message>
    <message>
        <source>must be at most %1 bytes of JSON</source>
        <translation>must be at most %1 bytes of JSON</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::BlobChunkQuery</name>
    <message>
        <source>is beyond the size</source>
        <translation>is beyond the size</translation>
    </message>
    <message>
        <source>A chunk may hold at most %1 bytes.</source>
        <translation>A chunk may hold at most %1 bytes.</translation>
    </message>
    <message>
        <source>an empty chunk</source>
        <translation>an empty chunk</translation>
    </message>
    <message>
        <source>the chunk ends after the declared size</source>
        <translation>the chunk ends after the declared size</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::BlobStatus</name>
    <message>
        <source>is more than the size</source>
        <translation>is more than the size</translation>
    </message>
    <message>
        <source>is true before all bytes were received</source>
        <translation>is true before all bytes were received</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::ByteRange</name>
    <message>
        <source>The requested range is outside the file (%1 bytes).</source>
        <translation>The requested range is outside the file (%1 bytes).</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::DeviceCredential</name>
    <message>
        <source>This request needs the device credential (Authorization: Bearer …).</source>
        <translation>This request needs the device credential (Authorization: Bearer …).</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::JsonReader</name>
    <message>
        <source>a SHA-256 digest in 64 lower-case hex digits</source>
        <translation>a SHA-256 digest in 64 lower-case hex digits</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>must be %1</translation>
    </message>
    <message>
        <source>an entity name (lower-case letters, digits and &apos;_&apos;)</source>
        <translation>an entity name (lower-case letters, digits and &apos;_&apos;)</translation>
    </message>
    <message>
        <source>an enrollment code like 7K2M-Q9XD-4HRT</source>
        <translation>an enrollment code like 7K2M-Q9XD-4HRT</translation>
    </message>
    <message>
        <source>1 to 40 characters of A-Z, a-z, 0-9, &apos;.&apos;, &apos;+&apos;, &apos;-&apos; and &apos;_&apos;</source>
        <translation>1 to 40 characters of A-Z, a-z, 0-9, &apos;.&apos;, &apos;+&apos;, &apos;-&apos; and &apos;_&apos;</translation>
    </message>
    <message>
        <source>an Ed25519 public key: 32 bytes in base64url without padding</source>
        <translation>an Ed25519 public key: 32 bytes in base64url without padding</translation>
    </message>
    <message>
        <source>32 bytes in base64url without padding (43 characters)</source>
        <translation>32 bytes in base64url without padding (43 characters)</translation>
    </message>
    <message>
        <source>five digits</source>
        <translation>five digits</translation>
    </message>
    <message>
        <source>four characters of 0-9 and A-Z without I, L, O and U</source>
        <translation>four characters of 0-9 and A-Z without I, L, O and U</translation>
    </message>
    <message>
        <source>an Ed25519 signature: 64 bytes in base64url without padding</source>
        <translation>an Ed25519 signature: 64 bytes in base64url without padding</translation>
    </message>
    <message>
        <source>province_public_key and device_certificate come together</source>
        <translation>province_public_key and device_certificate come together</translation>
    </message>
    <message>
        <source>dotted lower-case words (e.g. auth.revoked)</source>
        <translation>dotted lower-case words (e.g. auth.revoked)</translation>
    </message>
    <message>
        <source>the body is larger than %1 bytes</source>
        <translation>the body is larger than %1 bytes</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>not valid JSON (%1 at byte %2)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>must be %1 to %2 characters long</source>
        <translation>must be %1 to %2 characters long</translation>
    </message>
    <message>
        <source>must not contain control characters or leading or trailing spaces</source>
        <translation>must not contain control characters or leading or trailing spaces</translation>
    </message>
    <message>
        <source>a UUID in lower-case hex (36 characters)</source>
        <translation>a UUID in lower-case hex (36 characters)</translation>
    </message>
    <message>
        <source>must be an integer ≥ %1</source>
        <translation>must be an integer ≥ %1</translation>
    </message>
    <message>
        <source>must be an integer ≤ %1</source>
        <translation>must be an integer ≤ %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>must have %1 to %2 items</source>
        <translation>must have %1 to %2 items</translation>
    </message>
    <message>
        <source>must be a SHA-256 digest in 64 lower-case hex digits</source>
        <translation>must be a SHA-256 digest in 64 lower-case hex digits</translation>
    </message>
    <message>
        <source>repeats an earlier item</source>
        <translation>repeats an earlier item</translation>
    </message>
    <message>
        <source>16 to 64 characters of A-Z, a-z, 0-9, &apos;-&apos; and &apos;_&apos;</source>
        <translation>16 to 64 characters of A-Z, a-z, 0-9, &apos;-&apos; and &apos;_&apos;</translation>
    </message>
    <message>
        <source>an ISO 8601 date and time with an offset</source>
        <translation>an ISO 8601 date and time with an offset</translation>
    </message>
    <message>
        <source>1 to 256 characters of A-Z, a-z, 0-9, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;~&apos;</source>
        <translation>1 to 256 characters of A-Z, a-z, 0-9, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;~&apos;</translation>
    </message>
    <message>
        <source>repeats ops[%1].op_id</source>
        <translation>repeats ops[%1].op_id</translation>
    </message>
    <message>
        <source>dotted lower-case words (e.g. entity.unknown)</source>
        <translation>dotted lower-case words (e.g. entity.unknown)</translation>
    </message>
    <message>
        <source>applied, duplicate, conflict or rejected</source>
        <translation>applied, duplicate, conflict or rejected</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::PingQuery</name>
    <message>
        <source>must be %1</source>
        <translation>must be %1</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::PingResponse</name>
    <message>
        <source>The answer was not made for this request (a cache or a proxy answered).</source>
        <translation>The answer was not made for this request (a cache or a proxy answered).</translation>
    </message>
    <message>
        <source>The address answers, but it is not a MotCua sync server of protocol 2.</source>
        <translation>The address answers, but it is not a MotCua sync server of protocol 2.</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::PullQuery</name>
    <message>
        <source>must be %1</source>
        <translation>must be %1</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::PullResponse</name>
    <message>
        <source>must be a JSON object</source>
        <translation>must be a JSON object</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::PushResponse</name>
    <message>
        <source>must be a JSON object</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <source>answers another batch</source>
        <translation>answers another batch</translation>
    </message>
    <message>
        <source>has %1 results for %2 ops</source>
        <translation>has %1 results for %2 ops</translation>
    </message>
    <message>
        <source>does not answer ops[%1]</source>
        <translation>does not answer ops[%1]</translation>
    </message>
    <message>
        <source>is not the record of ops[%1]</source>
        <translation>is not the record of ops[%1]</translation>
    </message>
    <message>
        <source>is not among ops[%1].blob_refs</source>
        <translation>is not among ops[%1].blob_refs</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::PushResult</name>
    <message>
        <source>is only for applied and duplicate ops</source>
        <translation>is only for applied and duplicate ops</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::QueryReader</name>
    <message>
        <source>unknown parameter</source>
        <translation>unknown parameter</translation>
    </message>
    <message>
        <source>given more than once</source>
        <translation>given more than once</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>must be a decimal integer</source>
        <translation>must be a decimal integer</translation>
    </message>
    <message>
        <source>must be an integer from %1 to %2</source>
        <translation>must be an integer from %1 to %2</translation>
    </message>
</context>
<context>
    <name>motcua::sync</name>
    <message>
        <source>The scan %1 downloaded from the server is damaged.</source>
        <translation>The scan %1 downloaded from the server is damaged.</translation>
    </message>
    <message>
        <source>The network answered with a login or notice page instead of the province server. Open a web browser to sign in to this network.</source>
        <translation>The network answered with a login or notice page instead of the province server. Open a web browser to sign in to this network.</translation>
    </message>
    <message>
        <source>The network redirects to a login page. Open a web browser to sign in to this network.</source>
        <translation>The network redirects to a login page. Open a web browser to sign in to this network.</translation>
    </message>
    <message>
        <source>The province server answered the ping with an error: %1</source>
        <translation>The province server answered the ping with an error: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address: expect https://host[:port]</source>
        <translation>&quot;%1&quot; is not a server address: expect https://host[:port]</translation>
    </message>
    <message>
        <source>The province server must be reached with https:// (plain http is for this computer only).</source>
        <translation>The province server must be reached with https:// (plain http is for this computer only).</translation>
    </message>
    <message>
        <source>This device was revoked by the province; ask the administrator for a new enrollment code.</source>
        <translation>This device was revoked by the province; ask the administrator for a new enrollment code.</translation>
    </message>
    <message>
        <source>This device is not enrolled with the province server (or its credential was refused): enroll it with a new code from the administrator.</source>
        <translation>This device is not enrolled with the province server (or its credential was refused): enroll it with a new code from the administrator.</translation>
    </message>
    <message>
        <source>This enrollment code is not known to the server: check that it was typed correctly.</source>
        <translation>This enrollment code is not known to the server: check that it was typed correctly.</translation>
    </message>
    <message>
        <source>This enrollment code was used already: ask the administrator for a new one.</source>
        <translation>This enrollment code was used already: ask the administrator for a new one.</translation>
    </message>
    <message>
        <source>This enrollment code has expired: ask the administrator for a new one.</source>
        <translation>This enrollment code has expired: ask the administrator for a new one.</translation>
    </message>
    <message>
        <source>Too many attempts: wait a few minutes and try again.</source>
        <translation>Too many attempts: wait a few minutes and try again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enrollment code: expect 12 letters and digits like 7K2M-Q9XD-4HRT.</source>
        <translation>&quot;%1&quot; is not an enrollment code: expect 12 letters and digits like 7K2M-Q9XD-4HRT.</translation>
    </message>
    <message>
        <source>Syncing was stopped.</source>
        <translation>Syncing was stopped.</translation>
    </message>
    <message>
        <source>The server says it has more changes but sends none.</source>
        <translation>The server says it has more changes but sends none.</translation>
    </message>
    <message>
        <source>nothing answers at this address (the server is stopped or the address is wrong)</source>
        <translation>nothing answers at this address (the server is stopped or the address is wrong)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>the server closed the connection</translation>
    </message>
    <message>
        <source>the server&apos;s name was not found (check the address and the network)</source>
        <translation>the server&apos;s name was not found (check the address and the network)</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>the server did not answer in time</translation>
    </message>
    <message>
        <source>this computer has no network</source>
        <translation>this computer has no network</translation>
    </message>
    <message>
        <source>the proxy of this network does not let the connection through</source>
        <translation>the proxy of this network does not let the connection through</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>the secure connection could not be set up</translation>
    </message>
</context>
<context>
    <name>motcua::sync::HttpClient</name>
    <message>
        <source>The province CA file holds no PEM certificate.</source>
        <translation>The province CA file holds no PEM certificate.</translation>
    </message>
    <message>
        <source>Syncing was stopped.</source>
        <translation>Syncing was stopped.</translation>
    </message>
    <message>
        <source>The server stopped answering (nothing moved for %1 seconds).</source>
        <translation>The server stopped answering (nothing moved for %1 seconds).</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than the protocol allows.</source>
        <translation>The server&apos;s answer was larger than the protocol allows.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (is this the province server?): %1</source>
        <translation>The server&apos;s certificate is not trusted (is this the province server?): %1</translation>
    </message>
    <message>
        <source>The province server cannot be reached: %1</source>
        <translation>The province server cannot be reached: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be decoded.</source>
        <translation>The server&apos;s answer could not be decoded.</translation>
    </message>
    <message>
        <source>Something between this computer and the province server answered instead of it (HTTP %1).</source>
        <translation>Something between this computer and the province server answered instead of it (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without a valid error description.</source>
        <translation>The server answered HTTP %1 without a valid error description.</translation>
    </message>
    <message>
        <source>The connection dropped while the server&apos;s answer arrived: %1</source>
        <translation>The connection dropped while the server&apos;s answer arrived: %1</translation>
    </message>
</context>
<context>
    <name>motcua::sync::Pusher</name>
    <message>
        <source>Syncing was stopped.</source>
        <translation>Syncing was stopped.</translation>
    </message>
</context>
<context>
    <name>motcua::sync::ScanUploader</name>
    <message>
        <source>Syncing was stopped.</source>
        <translation>Syncing was stopped.</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) could not be completed on the server; they will be tried again.</source>
        <translation>
            <numerusform>%n scan could not be completed on the server; it will be tried again.</numerusform>
            <numerusform>%n scans could not be completed on the server; they will be tried again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server acknowledged more bytes than the scan has.</source>
        <translation>The server acknowledged more bytes than the scan has.</translation>
    </message>
</context>
<context>
    <name>motcua::sync::SyncEngine</name>
    <message>
        <source>This device is not enrolled with the province server: run the enrollment with a code from the administrator.</source>
        <translation>This device is not enrolled with the province server: run the enrollment with a code from the administrator.</translation>
    </message>
</context>
<context>
    <name>motcua::vault::BlobCipher</name>
    <message>
        <source>The encrypted scan could not be written (the disk may be full): %1</source>
        <translation>The encrypted scan could not be written (the disk may be full): %1</translation>
    </message>
    <message>
        <source>The file could not be read to the end: %1</source>
        <translation>The file could not be read to the end: %1</translation>
    </message>
    <message>
        <source>The scan file is damaged or was changed: it does not pass its integrity check.</source>
        <translation>The scan file is damaged or was changed: it does not pass its integrity check.</translation>
    </message>
</context>
<context>
    <name>motcua::vault::KeySlots</name>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>The key file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged (%2). Open the folder with the recovery key from the safe, or restore the key file from a backup.</source>
        <translation>The key file %1 is damaged (%2). Open the folder with the recovery key from the safe, or restore the key file from a backup.</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unknown format</translation>
    </message>
    <message>
        <source>no store id</source>
        <translation>no store id</translation>
    </message>
    <message>
        <source>a slot is incomplete</source>
        <translation>a slot is incomplete</translation>
    </message>
    <message>
        <source>The key file could not be saved: %1</source>
        <translation>The key file could not be saved: %1</translation>
    </message>
    <message>
        <source>The encryption library cannot start.</source>
        <translation>The encryption library cannot start.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password (argon2id needs %1 MB).</source>
        <translation>Not enough memory to protect the password (argon2id needs %1 MB).</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>Not enough memory to check the password (argon2id needs %1 MB).</source>
        <translation>Not enough memory to check the password (argon2id needs %1 MB).</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this data folder.</source>
        <translation>This recovery key does not belong to this data folder.</translation>
    </message>
    <message>
        <source>This data folder has no recovery key.</source>
        <translation>This data folder has no recovery key.</translation>
    </message>
</context>
<context>
    <name>motcua::vault::RecoveryKey</name>
    <message>
        <source>The recovery key contains &quot;%1&quot;, which is not one of its letters or digits.</source>
        <translation>The recovery key contains &quot;%1&quot;, which is not one of its letters or digits.</translation>
    </message>
    <message>
        <source>A recovery key has %1 letters and digits; %2 were typed.</source>
        <translation>A recovery key has %1 letters and digits; %2 were typed.</translation>
    </message>
</context>
<context>
    <name>motcua::vault::Vault</name>
    <message>
        <source>The data folder is locked: log in first.</source>
        <translation>The data folder is locked: log in first.</translation>
    </message>
    <message>
        <source>The store uses pages of %1 bytes; only %2 can be encrypted.</source>
        <translation>The store uses pages of %1 bytes; only %2 can be encrypted.</translation>
    </message>
    <message>
        <source>The scan %1 cannot be read: %2</source>
        <translation>The scan %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The folder %1 already holds MotCua data.</source>
        <translation>The folder %1 already holds MotCua data.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Cannot create the data folder %1.</translation>
    </message>
    <message>
        <source>This data folder is not encrypted.</source>
        <translation>This data folder is not encrypted.</translation>
    </message>
    <message>
        <source>This data folder has no clear store to convert.</source>
        <translation>This data folder has no clear store to convert.</translation>
    </message>
    <message>
        <source>The encryption layer cannot start.</source>
        <translation>The encryption layer cannot start.</translation>
    </message>
    <message>
        <source>Only an administrator can turn on the encryption of this desk.</source>
        <translation>Only an administrator can turn on the encryption of this desk.</translation>
    </message>
</context>
</TS>
