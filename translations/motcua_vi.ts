<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Role</name>
    <message>
        <source>Reception</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Data clerk</source>
        <translation>Cán bộ dữ liệu</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
</context>
<context>
    <name>motcua</name>
    <message>
        <source>The device&apos;s bundle keys could not be read or saved: %1</source>
        <translation>Không đọc hoặc lưu được khóa gói dữ liệu của máy: %1</translation>
    </message>
    <message>
        <source>This device has no bundle signing key: it was enrolled before bundles existed (or with an older province server). Enroll it again with a new code from the administrator.</source>
        <translation>Máy này chưa có khóa ký gói dữ liệu: máy được đăng ký trước khi có gói dữ liệu (hoặc với máy chủ tỉnh phiên bản cũ). Hãy đăng ký lại bằng mã mới do quản trị viên cấp.</translation>
    </message>
    <message>
        <source>The bundle could not be saved in the local store: %1</source>
        <translation>Không lưu được gói dữ liệu vào kho dữ liệu của máy: %1</translation>
    </message>
    <message>
        <source>The change %1 in the bundle is not a valid operation. Nothing was imported.</source>
        <translation>Thay đổi %1 trong gói dữ liệu không hợp lệ. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>The value typed for %1 %2</source>
        <translation>Giá trị nhập cho %1 %2</translation>
    </message>
    <message>
        <source>is empty: enter the applicant&apos;s full name.</source>
        <translation>đang để trống: hãy nhập họ tên người nộp.</translation>
    </message>
    <message>
        <source>is not a citizen ID: %1</source>
        <translation>không phải số định danh: %1</translation>
    </message>
    <message>
        <source>is not a dossier status: &quot;%1&quot;.</source>
        <translation>không phải trạng thái hồ sơ: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD): &quot;%1&quot;.</source>
        <translation>không phải ngày (YYYY-MM-DD): &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>is not a time (ISO 8601): &quot;%1&quot;.</source>
        <translation>không phải thời điểm (ISO 8601): &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>cannot be typed: keep this device&apos;s list or the server&apos;s.</source>
        <translation>không nhập tay được: hãy giữ danh sách của máy này hoặc của máy chủ.</translation>
    </message>
    <message>
        <source>The conflict list could not be read: %1</source>
        <translation>Không đọc được danh sách xung đột: %1</translation>
    </message>
    <message>
        <source>The conflict list could not be saved: %1</source>
        <translation>Không lưu được danh sách xung đột: %1</translation>
    </message>
    <message>
        <source>Could not update the database structure: %1</source>
        <translation>Không cập nhật được cấu trúc cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>A citizen ID to search for has up to 12 digits, not &quot;%1&quot;.</source>
        <translation>Số định danh để tìm có tối đa 12 chữ số, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The dossiers could not be read: %1</source>
        <translation>Không đọc được hồ sơ: %1</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>Không lưu được quyết định: %1</translation>
    </message>
    <message>
        <source>There is no dossier &quot;%1&quot;.</source>
        <translation>Không có hồ sơ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same dossier.</source>
        <translation>%1 và %2 là cùng một hồ sơ.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <source>The officer accounts could not be read: %1</source>
        <translation>Không đọc được tài khoản cán bộ: %1</translation>
    </message>
    <message>
        <source>The officer account could not be saved: %1</source>
        <translation>Không lưu được tài khoản cán bộ: %1</translation>
    </message>
    <message>
        <source>There is no officer account with the id %1.</source>
        <translation>Không có tài khoản cán bộ mang mã %1.</translation>
    </message>
    <message>
        <source>An officer needs at least one role (reception, handling, …).</source>
        <translation>Mỗi cán bộ cần ít nhất một vai trò (tiếp nhận, xử lý, …).</translation>
    </message>
    <message>
        <source>The outbox could not be updated: %1</source>
        <translation>Không cập nhật được hàng đợi gửi: %1</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Không đọc được hàng đợi gửi: %1</translation>
    </message>
    <message>
        <source>The procedure catalog could not be saved: %1</source>
        <translation>Không lưu được danh mục thủ tục: %1</translation>
    </message>
    <message>
        <source>A procedure of the catalog has no code.</source>
        <translation>Một thủ tục trong danh mục không có mã.</translation>
    </message>
    <message>
        <source>The procedure code %1 appears twice in the catalog.</source>
        <translation>Mã thủ tục %1 xuất hiện hai lần trong danh mục.</translation>
    </message>
    <message>
        <source>Procedure %1 of the catalog has no name.</source>
        <translation>Thủ tục %1 trong danh mục không có tên.</translation>
    </message>
    <message>
        <source>Procedure %1 of the catalog has a negative processing time.</source>
        <translation>Thủ tục %1 trong danh mục có thời hạn giải quyết âm.</translation>
    </message>
    <message>
        <source>Document &quot;%1&quot; of procedure %2 asks for fewer than one copy.</source>
        <translation>Giấy tờ &quot;%1&quot; của thủ tục %2 yêu cầu ít hơn một bản.</translation>
    </message>
    <message>
        <source>The old code %1 given for procedure %2 is the code of a procedure in the catalog.</source>
        <translation>Mã cũ %1 của thủ tục %2 đang là mã của một thủ tục trong danh mục.</translation>
    </message>
    <message>
        <source>The old code %1 is given for two procedures, %2 and %3.</source>
        <translation>Mã cũ %1 được gán cho hai thủ tục %2 và %3.</translation>
    </message>
    <message>
        <source>Changes from the server could not be saved: %1</source>
        <translation>Không lưu được các thay đổi từ máy chủ: %1</translation>
    </message>
    <message>
        <source>The sync state could not be read: %1</source>
        <translation>Không đọc được trạng thái đồng bộ: %1</translation>
    </message>
    <message>
        <source>The sync state could not be saved: %1</source>
        <translation>Không lưu được trạng thái đồng bộ: %1</translation>
    </message>
    <message>
        <source>(no sector)</source>
        <translation>(chưa có lĩnh vực)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(không rõ)</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid: %1</source>
        <translation>Bản kê của gói dữ liệu không hợp lệ: %1</translation>
    </message>
    <message>
        <source>The bundle was altered or damaged: %1 does not match its checksum. Nothing was imported.</source>
        <translation>Gói dữ liệu đã bị sửa hoặc hỏng: %1 không khớp mã kiểm tra. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;: give a header as written, a column number or a letter. Columns: %2</source>
        <translation>Tệp không có cột &quot;%1&quot;: hãy ghi đúng tên cột, số thứ tự hoặc chữ cái của cột. Các cột: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this import; use one of: %2</source>
        <translation>&quot;%1&quot; không phải là trường của lần nhập này; dùng một trong: %2</translation>
    </message>
    <message>
        <source>Two columns are mapped to %1.</source>
        <translation>Có hai cột cùng gán cho %1.</translation>
    </message>
    <message>
        <source>No column was recognized for %1. Map one with --map COLUMN=FIELD; the columns are: %2</source>
        <translation>Không nhận ra cột nào cho %1. Gán một cột bằng --map COT=TRUONG; các cột: %2</translation>
    </message>
    <message>
        <source>The spreadsheet is damaged (%1: %2).</source>
        <translation>Bảng tính bị hỏng (%1: %2).</translation>
    </message>
    <message>
        <source>The encrypted store %1 was changed outside MotCua or is damaged (%2 does not pass its integrity check). Nothing was read from it; restore the folder from a backup.</source>
        <translation>Kho dữ liệu mã hóa %1 đã bị sửa ngoài MotCua hoặc bị hỏng (%2 không qua được kiểm tra toàn vẹn). Chưa đọc gì từ kho; hãy khôi phục thư mục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The SQLite handle is not available.</source>
        <translation>Không có kết nối SQLite.</translation>
    </message>
    <message>
        <source>%1 is not an encrypted MotCua store.</source>
        <translation>%1 không phải kho dữ liệu mã hóa của MotCua.</translation>
    </message>
    <message>
        <source>The list of changes the server refused could not be read: %1</source>
        <translation>Không đọc được danh sách thay đổi bị máy chủ từ chối: %1</translation>
    </message>
    <message>
        <source>The server&apos;s record is %1; the law does not lead from there to %2. Keep the server&apos;s status, then move the dossier if needed.</source>
        <translation>Bản ở máy chủ đang ở trạng thái %1; quy trình không cho đi từ đó tới %2. Hãy giữ trạng thái của máy chủ, rồi chuyển bước hồ sơ nếu cần.</translation>
    </message>
    <message>
        <source>The pauses of the dossier could not be read: %1</source>
        <translation>Không đọc được các lần tạm dừng của hồ sơ: %1</translation>
    </message>
    <message>
        <source>The status, the pauses and the due date are one legal clock: keep %1 from the same side as the status.</source>
        <translation>Trạng thái, các lần tạm dừng và hạn trả là một đồng hồ pháp lý: hãy giữ %1 từ cùng một bên với trạng thái.</translation>
    </message>
    <message>
        <source>The scan upload queue could not be read: %1</source>
        <translation>Không đọc được hàng đợi gửi bản quét: %1</translation>
    </message>
    <message>
        <source>The scan upload queue could not be saved: %1</source>
        <translation>Không lưu được hàng đợi gửi bản quét: %1</translation>
    </message>
</context>
<context>
    <name>motcua::ApplyOps</name>
    <message>
        <source>attachment %1 changed while it was imported</source>
        <translation>tệp đính kèm %1 bị thay đổi trong khi nhập</translation>
    </message>
    <message>
        <source>An attachment of the bundle could not be stored: %1</source>
        <translation>Không lưu được một tệp đính kèm của gói dữ liệu: %1</translation>
    </message>
    <message>
        <source>this device does not know records of type %1</source>
        <translation>máy này không biết loại bản ghi %1</translation>
    </message>
    <message>
        <source>the earlier changes of this dossier are not on this device</source>
        <translation>các thay đổi trước đó của hồ sơ này chưa có trên máy</translation>
    </message>
</context>
<context>
    <name>motcua::AttachmentStore</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Không đọc được tệp %1: %2</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>đó không phải là tệp</translation>
    </message>
    <message>
        <source>Cannot create the attachment folder %1.</source>
        <translation>Không tạo được thư mục tệp đính kèm %1.</translation>
    </message>
    <message>
        <source>The attachment %1 could not be saved (the disk may be full): %2</source>
        <translation>Không lưu được tệp đính kèm %1 (có thể ổ đĩa đã đầy): %2</translation>
    </message>
    <message>
        <source>The file %1 could not be read to the end: %2</source>
        <translation>Không đọc được hết tệp %1: %2</translation>
    </message>
    <message>
        <source>cannot rename the temporary file</source>
        <translation>không đổi tên được tệp tạm</translation>
    </message>
    <message>
        <source>cannot flush the attachment folder</source>
        <translation>không ghi được thư mục tệp đính kèm xuống đĩa</translation>
    </message>
    <message>
        <source>The attachment could not be recorded: %1</source>
        <translation>Không ghi nhận được tệp đính kèm: %1</translation>
    </message>
    <message>
        <source>No attachment %1 is recorded.</source>
        <translation>Không có tệp đính kèm %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attachment hash (64 hexadecimal digits).</source>
        <translation>&quot;%1&quot; không phải mã băm của tệp đính kèm (64 chữ số thập lục phân).</translation>
    </message>
    <message>
        <source>The attachment file %1 is missing or unreadable.</source>
        <translation>Tệp đính kèm %1 bị mất hoặc không đọc được.</translation>
    </message>
    <message>
        <source>The attachment file %1 is damaged: its content no longer matches its name.</source>
        <translation>Tệp đính kèm %1 bị hỏng: nội dung không còn khớp với tên.</translation>
    </message>
    <message>
        <source>The scan %1 is missing from the data folder.</source>
        <translation>Bản quét %1 không có trong thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>The scan %1 is damaged or was changed outside MotCua: it does not pass its integrity check and is not shown.</source>
        <translation>Bản quét %1 bị hỏng hoặc đã bị sửa ngoài MotCua: không qua được kiểm tra toàn vẹn nên không hiển thị.</translation>
    </message>
</context>
<context>
    <name>motcua::BundleExport</name>
    <message>
        <source>There is nothing to put in a bundle: every change of this device has reached the server.</source>
        <translation>Không có gì để đóng gói: mọi thay đổi của máy này đã tới máy chủ.</translation>
    </message>
    <message>
        <source>The attachment %1 of a pending change is not on this computer.</source>
        <translation>Tệp đính kèm %1 của một thay đổi đang chờ gửi không có trên máy này.</translation>
    </message>
    <message>
        <source>A scan of this dossier (%1) is larger than the %2 MiB a bundle can carry: its changes stay on this computer.</source>
        <translation>Một bản quét của hồ sơ này (%1) lớn hơn mức %2 MiB mà gói dữ liệu mang được: các thay đổi của hồ sơ vẫn ở lại máy này.</translation>
    </message>
    <message>
        <source>No bundle was written: every pending change belongs to a dossier with a scan larger than %1 MiB.</source>
        <translation>Chưa ghi gói dữ liệu nào: mọi thay đổi đang chờ đều thuộc hồ sơ có bản quét lớn hơn %1 MiB.</translation>
    </message>
</context>
<context>
    <name>motcua::BundleImport</name>
    <message>
        <source>This bundle was made by this device: its changes are already here and still wait in the outbox.</source>
        <translation>Gói dữ liệu này do chính máy này tạo: các thay đổi đã có ở đây và vẫn chờ trong hàng đợi gửi.</translation>
    </message>
</context>
<context>
    <name>motcua::BundleManifest</name>
    <message>
        <source>too large</source>
        <translation>quá lớn</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>không phải một đối tượng JSON</translation>
    </message>
    <message>
        <source>must be &quot;motcua-bundle&quot;</source>
        <translation>phải là &quot;motcua-bundle&quot;</translation>
    </message>
    <message>
        <source>This bundle has format version %1; this program reads version %2. Update MotCua.</source>
        <translation>Gói dữ liệu này theo định dạng phiên bản %1; chương trình này đọc phiên bản %2. Hãy cập nhật MotCua.</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time</source>
        <translation>phải là thời điểm theo ISO 8601</translation>
    </message>
    <message>
        <source>blob_count or op_count differs from the lists</source>
        <translation>blob_count hoặc op_count khác với danh sách</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>phải là một đối tượng</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>xuất hiện hai lần</translation>
    </message>
    <message>
        <source>body_bytes does not add up to the listed records</source>
        <translation>body_bytes không khớp tổng các bản ghi đã kê</translation>
    </message>
</context>
<context>
    <name>motcua::BundleReader</name>
    <message>
        <source>The bundle %1 is incomplete (the copy was interrupted or the file was cut). Nothing was imported.</source>
        <translation>Gói dữ liệu %1 không đầy đủ (việc chép bị ngắt hoặc tệp bị cắt). Chưa nhập gì.</translation>
    </message>
    <message>
        <source>the record at byte %1</source>
        <translation>bản ghi tại byte %1</translation>
    </message>
    <message>
        <source>The bundle %1 cannot be read: %2</source>
        <translation>Không đọc được gói dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a MotCua bundle file.</source>
        <translation>%1 không phải là tệp gói dữ liệu MotCua.</translation>
    </message>
    <message>
        <source>This bundle has format version %1; this program reads version %2. Update MotCua.</source>
        <translation>Gói dữ liệu này theo định dạng phiên bản %1; chương trình này đọc phiên bản %2. Hãy cập nhật MotCua.</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>phần đầu tệp</translation>
    </message>
    <message>
        <source>The bundle&apos;s device certificate was not issued by this province for device %1 of commune %2. Nothing was imported.</source>
        <translation>Chứng thư thiết bị của gói dữ liệu không do tỉnh này cấp cho thiết bị %1 của xã %2. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>The bundle belongs to commune %1, this device to commune %2. Nothing was imported.</source>
        <translation>Gói dữ liệu thuộc xã %1, còn máy này thuộc xã %2. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not valid: it was altered after device %1 made it. Nothing was imported.</source>
        <translation>Chữ ký của gói dữ liệu không hợp lệ: gói đã bị sửa sau khi thiết bị %1 tạo ra. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>the attachment %1</source>
        <translation>tệp đính kèm %1</translation>
    </message>
    <message>
        <source>the change %1</source>
        <translation>thay đổi %1</translation>
    </message>
    <message>
        <source>The change %1 in the bundle is not a valid operation. Nothing was imported.</source>
        <translation>Thay đổi %1 trong gói dữ liệu không hợp lệ. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>the end of the records</source>
        <translation>phần cuối các bản ghi</translation>
    </message>
</context>
<context>
    <name>motcua::BundleWriter</name>
    <message>
        <source>The bundle %1 could not be written: %2</source>
        <translation>Không ghi được gói dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The attachment %1 cannot be read: %2</source>
        <translation>Không đọc được tệp đính kèm %1: %2</translation>
    </message>
    <message>
        <source>The attachment %1 is larger than 64 MiB.</source>
        <translation>Tệp đính kèm %1 lớn hơn 64 MiB.</translation>
    </message>
    <message>
        <source>The attachment %1 on this computer is damaged (its content does not match its name); it was not put in the bundle.</source>
        <translation>Tệp đính kèm %1 trên máy này bị hỏng (nội dung không khớp tên); tệp không được đưa vào gói.</translation>
    </message>
    <message>
        <source>The change %1 is too large for a bundle.</source>
        <translation>Thay đổi %1 quá lớn để đưa vào gói dữ liệu.</translation>
    </message>
    <message>
        <source>This device has no valid signing key.</source>
        <translation>Máy này chưa có khóa ký hợp lệ.</translation>
    </message>
</context>
<context>
    <name>motcua::CatalogJson</name>
    <message>
        <source>%1unknown field &apos;%2&apos;</source>
        <translation>%1trường không xác định &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 phải là %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>một chuỗi ký tự</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>một danh sách chuỗi ký tự</translation>
    </message>
    <message>
        <source>%1[%2] must be a string</source>
        <translation>%1[%2] phải là một chuỗi ký tự</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true hoặc false</translation>
    </message>
    <message>
        <source>documents[%1] must be an object</source>
        <translation>documents[%1] phải là một đối tượng</translation>
    </message>
    <message>
        <source>%1 is missing or empty</source>
        <translation>thiếu %1 hoặc %1 để trống</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>thiếu %1</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of original, certified_copy, photocopy</source>
        <translation>%1 &apos;%2&apos; không thuộc original, certified_copy, photocopy</translation>
    </message>
    <message>
        <source>(not a string)</source>
        <translation>(không phải chuỗi ký tự)</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least 1</source>
        <translation>%1 phải là số nguyên từ 1 trở lên</translation>
    </message>
    <message>
        <source>procedures[%1] must be an object</source>
        <translation>procedures[%1] phải là một đối tượng</translation>
    </message>
    <message>
        <source>code must be a national procedure code shaped N.NNNNNN, like 1.001193</source>
        <translation>code phải là mã thủ tục quốc gia dạng N.NNNNNN, ví dụ 1.001193</translation>
    </message>
    <message>
        <source>name is missing or empty</source>
        <translation>thiếu name hoặc name để trống</translation>
    </message>
    <message>
        <source>aliases[%1] &apos;%2&apos; is not a procedure code shaped N.NNNNNN</source>
        <translation>aliases[%1] &apos;%2&apos; không phải mã thủ tục dạng N.NNNNNN</translation>
    </message>
    <message>
        <source>processing_unit &apos;%1&apos; is not one of same_day, working_days</source>
        <translation>processing_unit &apos;%1&apos; không thuộc same_day, working_days</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(thiếu)</translation>
    </message>
    <message>
        <source>processing_time must be a whole number of working days</source>
        <translation>processing_time phải là số nguyên ngày làm việc</translation>
    </message>
    <message>
        <source>processing_time %1 is negative</source>
        <translation>processing_time %1 là số âm</translation>
    </message>
    <message>
        <source>processing_time is %1 but processing_unit is same_day; a same-day procedure has processing_time 0</source>
        <translation>processing_time là %1 nhưng processing_unit là same_day; thủ tục trong ngày có processing_time 0</translation>
    </message>
    <message>
        <source>documents must be a list of documents</source>
        <translation>documents phải là một danh sách giấy tờ</translation>
    </message>
    <message>
        <source>the code %1 is already used by procedures[%2]</source>
        <translation>mã %1 đã dùng cho procedures[%2]</translation>
    </message>
    <message>
        <source>alias %1 is the code of procedures[%2] (%3)</source>
        <translation>bí danh %1 là mã của procedures[%2] (%3)</translation>
    </message>
    <message>
        <source>alias %1 is already claimed by procedures[%2] (%3)</source>
        <translation>bí danh %1 đã thuộc procedures[%2] (%3)</translation>
    </message>
    <message>
        <source>The catalog is not valid JSON: %1 at byte offset %2.</source>
        <translation>Danh mục không phải JSON hợp lệ: %1 tại byte %2.</translation>
    </message>
    <message>
        <source>The catalog must be a JSON object with the fields format, format_version, version and procedures.</source>
        <translation>Danh mục phải là một đối tượng JSON có các trường format, format_version, version và procedures.</translation>
    </message>
    <message>
        <source>This file is not a MotCua catalog: format is &apos;%1&apos;, expected &apos;motcua-catalog&apos;.</source>
        <translation>Tệp này không phải danh mục MotCua: format là &apos;%1&apos;, cần &apos;motcua-catalog&apos;.</translation>
    </message>
    <message>
        <source>format_version is missing or not a whole number.</source>
        <translation>Thiếu format_version hoặc format_version không phải số nguyên.</translation>
    </message>
    <message>
        <source>The catalog uses format_version %1, written for a newer MotCua; this version reads format_version %2. Update MotCua to install it.</source>
        <translation>Danh mục dùng format_version %1, dành cho MotCua mới hơn; phiên bản này đọc format_version %2. Hãy cập nhật MotCua để cài danh mục.</translation>
    </message>
    <message>
        <source>format_version %1 is not supported; expected %2.</source>
        <translation>Không hỗ trợ format_version %1; cần %2.</translation>
    </message>
    <message>
        <source>The catalog has no version.</source>
        <translation>Danh mục không có số phiên bản.</translation>
    </message>
    <message>
        <source>The catalog version must be a whole number of at least 1.</source>
        <translation>Số phiên bản danh mục phải là số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <source>published_at &apos;%1&apos; is not a date written YYYY-MM-DD.</source>
        <translation>published_at &apos;%1&apos; không phải ngày viết dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The catalog has no procedures list.</source>
        <translation>Danh mục không có danh sách thủ tục.</translation>
    </message>
</context>
<context>
    <name>motcua::CitizenId</name>
    <message>
        <source>The citizen ID contains the letter &apos;%1&apos; at position %2; did you mean the digit 0?</source>
        <translation>Số định danh có chữ &apos;%1&apos; ở vị trí %2; có phải là số 0?</translation>
    </message>
    <message>
        <source>The citizen ID contains the letter &apos;%1&apos; at position %2; did you mean the digit 1?</source>
        <translation>Số định danh có chữ &apos;%1&apos; ở vị trí %2; có phải là số 1?</translation>
    </message>
    <message>
        <source>The citizen ID contains the letter &apos;%1&apos; at position %2; a citizen ID has only digits.</source>
        <translation>Số định danh có chữ &apos;%1&apos; ở vị trí %2; số định danh chỉ gồm chữ số.</translation>
    </message>
    <message>
        <source>The citizen ID contains &apos;%1&apos; at position %2; a citizen ID has only digits (spaces, dots and dashes between groups are allowed).</source>
        <translation>Số định danh có ký tự &apos;%1&apos; ở vị trí %2; số định danh chỉ gồm chữ số (được phép có dấu cách, dấu chấm, gạch ngang giữa các nhóm).</translation>
    </message>
    <message>
        <source>The citizen ID is empty.</source>
        <translation>Chưa nhập số định danh.</translation>
    </message>
    <message>
        <source>The number has 9 digits: that is an old identity card (CMND) number; a citizen ID has 12.</source>
        <translation>Số này có 9 chữ số: đó là số chứng minh nhân dân cũ; số định danh có 12 chữ số.</translation>
    </message>
    <message>
        <source>The number has %1 digits; a citizen ID has 12.</source>
        <translation>Số này có %1 chữ số; số định danh có 12 chữ số.</translation>
    </message>
    <message>
        <source>The province code %1 does not exist (the first three digits are the province of birth registration).</source>
        <translation>Không có mã tỉnh %1 (ba chữ số đầu là tỉnh nơi đăng ký khai sinh).</translation>
    </message>
    <message>
        <source>The citizen ID gives the birth year %1, which is after %2.</source>
        <translation>Số định danh cho năm sinh %1, sau năm %2.</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
</context>
<context>
    <name>motcua::ClerkChanges</name>
    <message>
        <source>Dossier %1 was changed by someone else meanwhile: open it again.</source>
        <translation>Hồ sơ %1 vừa được người khác thay đổi: hãy mở lại.</translation>
    </message>
</context>
<context>
    <name>motcua::CommuneProfile</name>
    <message>
        <source>The commune code is the 5-digit code of the administrative unit (for example 03199), not &quot;%1&quot;.</source>
        <translation>Mã xã là mã 5 chữ số của đơn vị hành chính (ví dụ 03199), không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Type the commune&apos;s name, e.g. Mường Phăng.</source>
        <translation>Hãy nhập tên xã, ví dụ Mường Phăng.</translation>
    </message>
</context>
<context>
    <name>motcua::ConflictResolver</name>
    <message>
        <source>There is no conflict number %1.</source>
        <translation>Không có xung đột số %1.</translation>
    </message>
    <message>
        <source>Conflict %1 was already resolved on %2.</source>
        <translation>Xung đột %1 đã được giải quyết ngày %2.</translation>
    </message>
    <message>
        <source>Conflicts on &quot;%1&quot; records cannot be resolved here.</source>
        <translation>Không giải quyết được ở đây các xung đột về bản ghi &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The server has a newer version of this dossier in conflict %1: resolve that one instead.</source>
        <translation>Máy chủ có phiên bản mới hơn của hồ sơ này trong xung đột %1: hãy giải quyết xung đột đó.</translation>
    </message>
    <message>
        <source>Conflict %1 has no field &quot;%2&quot;; its fields are: %3.</source>
        <translation>Xung đột %1 không có trường &quot;%2&quot;; các trường là: %3.</translation>
    </message>
    <message>
        <source>There is no dossier &quot;%1&quot;.</source>
        <translation>Không có hồ sơ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Replaced by the resolution of conflict %1.</source>
        <translation>Được thay bằng cách giải quyết xung đột %1.</translation>
    </message>
    <message>
        <source>The chosen values cannot be saved: %1.</source>
        <translation>Không lưu được các giá trị đã chọn: %1.</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Đã giải quyết xung đột</translation>
    </message>
    <message>
        <source>Conflict resolved: %1</source>
        <translation>Đã giải quyết xung đột: %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>đã giải quyết</translation>
    </message>
    <message>
        <source>Superseded by the resolution of conflict %1.</source>
        <translation>Bị thay thế bởi cách giải quyết xung đột %1.</translation>
    </message>
</context>
<context>
    <name>motcua::Conflicts</name>
    <message>
        <source>There is no open conflict number %1.</source>
        <translation>Không có xung đột đang mở số %1.</translation>
    </message>
</context>
<context>
    <name>motcua::ContactDetails</name>
    <message>
        <source>&quot;%1&quot; is not a phone number: expect 10 digits starting with 0, or +84.</source>
        <translation>&quot;%1&quot; không phải số điện thoại: cần 10 chữ số bắt đầu bằng 0, hoặc +84.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; không phải địa chỉ thư điện tử.</translation>
    </message>
</context>
<context>
    <name>motcua::Database</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Không tạo được thư mục dữ liệu %1.</translation>
    </message>
    <message>
        <source>Cannot prepare the database (%1): %2</source>
        <translation>Không chuẩn bị được cơ sở dữ liệu (%1): %2</translation>
    </message>
    <message>
        <source>%1 is not a MotCua database: %2</source>
        <translation>%1 không phải cơ sở dữ liệu Một cửa: %2</translation>
    </message>
    <message>
        <source>This data was written by a newer MotCua (database version %1; this program understands up to %2). Install the newer MotCua to open it; nothing was changed.</source>
        <translation>Dữ liệu này do phiên bản Một cửa mới hơn ghi (cơ sở dữ liệu phiên bản %1; chương trình này chỉ hiểu tới %2). Hãy cài phiên bản mới hơn để mở; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database is busy or cannot be written: %1</source>
        <translation>Cơ sở dữ liệu đang bận hoặc không ghi được: %1</translation>
    </message>
    <message>
        <source>The change could not be saved (the disk may be full): %1</source>
        <translation>Không lưu được thay đổi (có thể ổ đĩa đã đầy): %1</translation>
    </message>
    <message>
        <source>The data in %1 is encrypted: an officer must log in with his password (or the administrator type the recovery key) to open it.</source>
        <translation>Dữ liệu trong %1 đã được mã hóa: cán bộ phải đăng nhập bằng mật khẩu của mình (hoặc quản trị viên nhập khóa khôi phục) để mở.</translation>
    </message>
    <message>
        <source>The encryption layer cannot start.</source>
        <translation>Không khởi động được lớp mã hóa.</translation>
    </message>
</context>
<context>
    <name>motcua::DiskSpace</name>
    <message>
        <source>The disk is full: only %1 is free on the disk of %2, so nothing was saved. Free some space (delete files you no longer need, empty the trash), then try again.</source>
        <translation>Ổ đĩa đã đầy: chỉ còn trống %1 trên ổ đĩa chứa %2, nên chưa lưu gì. Hãy giải phóng bớt dung lượng (xóa các tệp không cần nữa, dọn thùng rác), rồi thử lại.</translation>
    </message>
    <message>
        <source>Only %1 is free on this computer&apos;s disk: a dossier with scans may not fit. Free some space soon (delete files you no longer need, empty the trash).</source>
        <translation>Ổ đĩa của máy này chỉ còn trống %1: hồ sơ có bản quét có thể không lưu được. Hãy sớm giải phóng bớt dung lượng (xóa các tệp không cần nữa, dọn thùng rác).</translation>
    </message>
</context>
<context>
    <name>motcua::DossierLifecycle</name>
    <message>
        <source>Dossier %1 is already &quot;%2&quot;; it cannot move to &quot;%3&quot; again.</source>
        <translation>Hồ sơ %1 đã ở trạng thái &quot;%2&quot;; không chuyển sang &quot;%3&quot; lần nữa được.</translation>
    </message>
    <message>
        <source>Dossier %1 is closed as &quot;%2&quot;; it cannot move to &quot;%3&quot;.</source>
        <translation>Hồ sơ %1 đã kết thúc ở trạng thái &quot;%2&quot;; không chuyển sang &quot;%3&quot; được.</translation>
    </message>
    <message>
        <source>Dossier %1 cannot move from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>Hồ sơ %1 không chuyển từ &quot;%2&quot; sang &quot;%3&quot; được.</translation>
    </message>
    <message>
        <source>Moving dossier %1 from &quot;%2&quot; to &quot;%3&quot; needs the reasons: write them in the note.</source>
        <translation>Chuyển hồ sơ %1 từ &quot;%2&quot; sang &quot;%3&quot; cần nêu lý do: hãy ghi vào phần ghi chú.</translation>
    </message>
    <message>
        <source>Moving dossier %1 from &quot;%2&quot; to &quot;%3&quot; needs a valid date and time.</source>
        <translation>Chuyển hồ sơ %1 từ &quot;%2&quot; sang &quot;%3&quot; cần ngày giờ hợp lệ.</translation>
    </message>
    <message>
        <source>Dossier %1 cannot move from &quot;%2&quot; to &quot;%3&quot; at %4: it was received at %5.</source>
        <translation>Hồ sơ %1 không chuyển từ &quot;%2&quot; sang &quot;%3&quot; lúc %4 được: hồ sơ được tiếp nhận lúc %5.</translation>
    </message>
    <message>
        <source>Dossier %1 cannot move from &quot;%2&quot; to &quot;%3&quot; at %4: its last change was at %5.</source>
        <translation>Hồ sơ %1 không chuyển từ &quot;%2&quot; sang &quot;%3&quot; lúc %4 được: thay đổi gần nhất là lúc %5.</translation>
    </message>
</context>
<context>
    <name>motcua::DossierRepository</name>
    <message>
        <source>Dossier %1 was changed by someone else meanwhile: open it again.</source>
        <translation>Hồ sơ %1 vừa được người khác thay đổi: hãy mở lại.</translation>
    </message>
    <message>
        <source>There is no dossier &quot;%1&quot;.</source>
        <translation>Không có hồ sơ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no procedure with the code &quot;%1&quot; in the catalog.</source>
        <translation>Danh mục không có thủ tục mang mã &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The procedure %1 is no longer in force: it cannot receive new dossiers.</source>
        <translation>Thủ tục %1 không còn hiệu lực: không tiếp nhận hồ sơ mới.</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s full name.</source>
        <translation>Hãy nhập họ tên người nộp.</translation>
    </message>
    <message>
        <source>Every document handed in needs a title.</source>
        <translation>Mỗi giấy tờ đã nộp cần có tên.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; needs a count of at least 1.</source>
        <translation>Giấy tờ &quot;%1&quot; cần số lượng ít nhất là 1.</translation>
    </message>
    <message>
        <source>The scan of &quot;%1&quot; was not found: %2</source>
        <translation>Không tìm thấy bản quét của &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The scan of &quot;%1&quot; cannot be read: %2</source>
        <translation>Không đọc được bản quét của &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>No due date can be computed for a dossier received on %1.</source>
        <translation>Không tính được ngày hẹn trả cho hồ sơ tiếp nhận ngày %1.</translation>
    </message>
    <message>
        <source>The agency code &quot;%1&quot; set for this device cannot start a dossier code: use letters, digits and dots only.</source>
        <translation>Mã cơ quan &quot;%1&quot; của máy này không dùng làm đầu mã hồ sơ được: chỉ dùng chữ cái, chữ số và dấu chấm.</translation>
    </message>
    <message>
        <source>Dossier %1 of %2: %3</source>
        <translation>Hồ sơ %1 trong %2: %3</translation>
    </message>
    <message>
        <source>Form 04 needs the reason for the delay: the citizen reads it.</source>
        <translation>Phiếu 04 cần ghi lý do chậm trả: công dân sẽ đọc lý do này.</translation>
    </message>
    <message>
        <source>Dossier %1 is %2: only a dossier still being handled gets a new date.</source>
        <translation>Hồ sơ %1 đang ở trạng thái %2: chỉ hồ sơ đang giải quyết mới được hẹn ngày mới.</translation>
    </message>
    <message>
        <source>The new date must be a working day from %1 on (the due date was %2).</source>
        <translation>Ngày hẹn mới phải là ngày làm việc từ %1 trở đi (hạn cũ là %2).</translation>
    </message>
    <message>
        <source>New date %1 (was %2): %3</source>
        <translation>Hẹn lại ngày %1 (trước là %2): %3</translation>
    </message>
    <message>
        <source>Dossier %1 has no document %2: its documents are numbered 1 to %3.</source>
        <translation>Hồ sơ %1 không có giấy tờ số %2: các giấy tờ được đánh số từ 1 đến %3.</translation>
    </message>
    <message>
        <source>This file is the scan that &quot;%1&quot; has already: choose the new scan.</source>
        <translation>Tệp này chính là bản quét mà &quot;%1&quot; đang có: hãy chọn bản quét mới.</translation>
    </message>
    <message>
        <source>New scan of &quot;%1&quot;</source>
        <translation>Bản quét mới của &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>motcua::DossierStatus</name>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>In process</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Chờ bổ sung</translation>
    </message>
    <message>
        <source>Financial obligation due</source>
        <translation>Chờ nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>Done, awaiting collection</source>
        <translation>Đã có kết quả, chờ trả</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút</translation>
    </message>
    <message>
        <source>Processing stopped</source>
        <translation>Dừng giải quyết</translation>
    </message>
</context>
<context>
    <name>motcua::DuplicateFinder</name>
    <message>
        <source>Dossier %1 is withdrawn (or already merged): it cannot take part in a merge.</source>
        <translation>Hồ sơ %1 đã rút (hoặc đã gộp): không gộp được nữa.</translation>
    </message>
    <message>
        <source>Dossiers %1 (%2) and %3 (%4) are for different procedures: they are not duplicates.</source>
        <translation>Hồ sơ %1 (%2) và %3 (%4) thuộc hai thủ tục khác nhau: không phải hồ sơ trùng.</translation>
    </message>
    <message numerus="yes">
        <source>Merged with the duplicate dossier %1 (%n event(s) moved here)</source>
        <translation>
            <numerusform>Đã gộp với hồ sơ trùng %1 (chuyển %n sự kiện về đây)</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate of dossier %1: merged into it</source>
        <translation>Trùng với hồ sơ %1: đã gộp vào hồ sơ đó</translation>
    </message>
    <message>
        <source>Dossiers %1 and %2 were already marked as not duplicates.</source>
        <translation>Hồ sơ %1 và %2 đã được đánh dấu là không trùng.</translation>
    </message>
    <message>
        <source>Not a duplicate of dossier %1</source>
        <translation>Không trùng với hồ sơ %1</translation>
    </message>
    <message>
        <source>The window (days) and the name distance cannot be negative, and at least one pair must be allowed.</source>
        <translation>Số ngày cửa sổ và khoảng cách tên không được âm, và phải cho phép ít nhất một cặp.</translation>
    </message>
    <message>
        <source>Dossier %1 is %2: it cannot be withdrawn, so it cannot be merged into %3. Merge the other way round, or dismiss the pair.</source>
        <translation>Hồ sơ %1 đang ở trạng thái %2: không rút được nên không gộp được vào %3. Hãy gộp theo chiều ngược lại, hoặc bỏ qua cặp này.</translation>
    </message>
</context>
<context>
    <name>motcua::LegacyCsvReader</name>
    <message>
        <source>Line %1 has more than %2 columns: is this really a table?</source>
        <translation>Dòng %1 có hơn %2 cột: tệp này có đúng là bảng không?</translation>
    </message>
    <message>
        <source>The file could not be read after line %1: %2</source>
        <translation>Không đọc được tệp sau dòng %1: %2</translation>
    </message>
    <message>
        <source>The quote opened on line %1 is never closed.</source>
        <translation>Dấu ngoặc kép mở ở dòng %1 không được đóng.</translation>
    </message>
    <message>
        <source>A value on line %1 is longer than %2 bytes (an unclosed quote?).</source>
        <translation>Một giá trị ở dòng %1 dài hơn %2 byte (có dấu ngoặc kép chưa đóng?).</translation>
    </message>
</context>
<context>
    <name>motcua::LegacyImportRows</name>
    <message>
        <source>(A spreadsheet may have dropped its leading zeros: format the column as text.)</source>
        <translation>(Bảng tính có thể đã bỏ các số 0 ở đầu: hãy định dạng cột là văn bản.)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: expect 10 digits starting with 0, or +84.</source>
        <translation>&quot;%1&quot; không phải số điện thoại: cần 10 chữ số bắt đầu bằng 0, hoặc +84.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; không phải địa chỉ thư điện tử.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it day first, as 12/03/2021 or 12/03/2021 08:30.</source>
        <translation>&quot;%1&quot; không phải ngày: hãy ghi ngày trước, như 12/03/2021 hoặc 12/03/2021 08:30.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 là ngày trong tương lai.</translation>
    </message>
    <message>
        <source>The procedure is missing.</source>
        <translation>Thiếu thủ tục.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a procedure code, an old code of one, nor a procedure&apos;s name in the catalog.</source>
        <translation>&quot;%1&quot; không phải mã thủ tục, mã cũ hay tên thủ tục trong danh mục.</translation>
    </message>
    <message>
        <source>The procedure %1 is no longer in force: it cannot receive dossiers.</source>
        <translation>Thủ tục %1 không còn hiệu lực: không tiếp nhận hồ sơ.</translation>
    </message>
    <message>
        <source>The applicant&apos;s name is missing.</source>
        <translation>Thiếu tên người nộp.</translation>
    </message>
    <message>
        <source>The date of receipt is missing.</source>
        <translation>Thiếu ngày tiếp nhận.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status an import can take: use received, in process, done or returned.</source>
        <translation>&quot;%1&quot; không phải trạng thái nhập được: dùng đã tiếp nhận, đang giải quyết, đã có kết quả hoặc đã trả.</translation>
    </message>
    <message>
        <source>A dossier that is done needs the date of its result.</source>
        <translation>Hồ sơ đã có kết quả cần ngày có kết quả.</translation>
    </message>
    <message>
        <source>A returned dossier needs the date it was returned.</source>
        <translation>Hồ sơ đã trả cần ngày trả kết quả.</translation>
    </message>
    <message>
        <source>The result date is before the date of receipt.</source>
        <translation>Ngày có kết quả trước ngày tiếp nhận.</translation>
    </message>
    <message>
        <source>The return date is before the result date.</source>
        <translation>Ngày trả trước ngày có kết quả.</translation>
    </message>
    <message>
        <source>The citizen&apos;s name is missing.</source>
        <translation>Thiếu tên công dân.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of birth: write it day first, as 05/09/1990.</source>
        <translation>&quot;%1&quot; không phải ngày sinh: hãy ghi ngày trước, như 05/09/1990.</translation>
    </message>
    <message>
        <source>Born in %1 by this date, but in %2 by the citizen ID.</source>
        <translation>Theo ngày này sinh năm %1, nhưng theo số định danh là năm %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender: write Nam or Nữ.</source>
        <translation>&quot;%1&quot; không phải giới tính: ghi Nam hoặc Nữ.</translation>
    </message>
    <message>
        <source>The gender &quot;%1&quot; contradicts the citizen ID.</source>
        <translation>Giới tính &quot;%1&quot; không khớp với số định danh.</translation>
    </message>
</context>
<context>
    <name>motcua::LegacyImporter</name>
    <message>
        <source>This file was already imported on %1 by %2 (%3 rows). Importing it again would duplicate them; insist only if that is what you want.</source>
        <translation>Tệp này đã được nhập ngày %1 bởi %2 (%3 dòng). Nhập lại sẽ tạo bản trùng; chỉ làm nếu thật sự muốn.</translation>
    </message>
    <message>
        <source>Imported from an old list</source>
        <translation>Nhập từ danh sách cũ</translation>
    </message>
    <message>
        <source>The citizen ID %1 is already on an earlier row of this file.</source>
        <translation>Số định danh %1 đã có ở một dòng trước trong tệp này.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing of it was saved.</source>
        <translation>Đã hủy việc nhập: chưa lưu gì.</translation>
    </message>
</context>
<context>
    <name>motcua::LegacyStatusReplay</name>
    <message>
        <source>Dossier %1 was changed by someone else meanwhile: open it again.</source>
        <translation>Hồ sơ %1 vừa được người khác thay đổi: hãy mở lại.</translation>
    </message>
</context>
<context>
    <name>motcua::LegacyTable</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no table: not even a header row.</source>
        <translation>%1 không chứa bảng nào: không có cả dòng tiêu đề.</translation>
    </message>
</context>
<context>
    <name>motcua::LegacyXlsxReader</name>
    <message>
        <source>%1 cannot be opened as a spreadsheet (.xlsx): it is not a valid file of that kind.</source>
        <translation>Không mở được %1 như một bảng tính (.xlsx): tệp không đúng loại đó.</translation>
    </message>
    <message>
        <source>The data cannot be opened as a spreadsheet (.xlsx): it is not a valid file of that kind.</source>
        <translation>Không mở được dữ liệu như một bảng tính (.xlsx): tệp không đúng loại đó.</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>không mở được</translation>
    </message>
    <message>
        <source>The spreadsheet&apos;s shared texts exceed %1 million characters.</source>
        <translation>Phần chữ dùng chung của bảng tính vượt quá %1 triệu ký tự.</translation>
    </message>
    <message>
        <source>cannot be decompressed</source>
        <translation>không giải nén được</translation>
    </message>
    <message>
        <source>The spreadsheet has no worksheet to read.</source>
        <translation>Bảng tính không có trang tính nào để đọc.</translation>
    </message>
    <message>
        <source>bad cell reference &quot;%1&quot;</source>
        <translation>địa chỉ ô sai &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A cell of row %1 holds more than %2 characters.</source>
        <translation>Một ô ở dòng %1 chứa hơn %2 ký tự.</translation>
    </message>
    <message>
        <source>shared string %1 does not exist</source>
        <translation>không có chuỗi dùng chung %1</translation>
    </message>
    <message>
        <source>The worksheet cannot be decompressed.</source>
        <translation>Không giải nén được trang tính.</translation>
    </message>
</context>
<context>
    <name>motcua::LegacyXlsxReader::Private</name>
    <message>
        <source>no size</source>
        <translation>không có kích thước</translation>
    </message>
    <message>
        <source>The spreadsheet part %1 is too large.</source>
        <translation>Phần %1 của bảng tính quá lớn.</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>không mở được</translation>
    </message>
    <message>
        <source>cannot be decompressed</source>
        <translation>không giải nén được</translation>
    </message>
</context>
<context>
    <name>motcua::Members</name>
    <message>
        <source>unknown member</source>
        <translation>thành phần không xác định</translation>
    </message>
    <message>
        <source>missing or invalid</source>
        <translation>thiếu hoặc không hợp lệ</translation>
    </message>
    <message>
        <source>must be an integer from %1 to %2</source>
        <translation>phải là số nguyên từ %1 đến %2</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>phải là một mảng</translation>
    </message>
    <message>
        <source>must be %1 bytes in base64url</source>
        <translation>phải là %1 byte mã base64url</translation>
    </message>
</context>
<context>
    <name>motcua::OfficerRepository</name>
    <message>
        <source>The username &quot;%1&quot; is not valid: use 3 to 32 letters a-z, digits, dots, dashes or underscores, without accents or spaces, starting with a letter or digit.</source>
        <translation>Tên đăng nhập &quot;%1&quot; không hợp lệ: dùng 3 đến 32 ký tự gồm chữ a-z, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, không dấu, không khoảng trắng, bắt đầu bằng chữ hoặc số.</translation>
    </message>
    <message>
        <source>The password is too short: it needs at least %1 characters.</source>
        <translation>Mật khẩu quá ngắn: cần ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The password is too long: at most %1 characters.</source>
        <translation>Mật khẩu quá dài: tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>The officer&apos;s full name is required (it is printed on forms and in the records).</source>
        <translation>Cần họ tên cán bộ (được in trên phiếu và ghi trong hồ sơ).</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory?); nothing was saved.</source>
        <translation>Không mã hóa được mật khẩu (hết bộ nhớ?); chưa lưu gì.</translation>
    </message>
    <message>
        <source>This desk already has officer accounts: an administrator must add new ones.</source>
        <translation>Máy này đã có tài khoản cán bộ: người quản trị phải thêm tài khoản mới.</translation>
    </message>
    <message>
        <source>The first officer account of a desk must be an administrator, so that someone can manage the accounts.</source>
        <translation>Tài khoản đầu tiên phải là quản trị, để có người quản lý các tài khoản.</translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; is already taken by another officer.</source>
        <translation>Tên đăng nhập &quot;%1&quot; đã có cán bộ khác dùng.</translation>
    </message>
    <message>
        <source>add this account</source>
        <translation>thêm tài khoản này</translation>
    </message>
    <message>
        <source>The username or the password is wrong.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled: ask the administrator.</source>
        <translation>Tài khoản &quot;%1&quot; đã bị khóa: hãy hỏi người quản trị.</translation>
    </message>
    <message>
        <source>There is no officer account with the username &quot;%1&quot;.</source>
        <translation>Không có tài khoản cán bộ tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>take the administrator role away</source>
        <translation>bỏ vai trò quản trị</translation>
    </message>
    <message>
        <source>disable this account</source>
        <translation>khóa tài khoản này</translation>
    </message>
    <message>
        <source>Cannot %1: the desk would be left without an active administrator. Give another officer the administrator role first.</source>
        <translation>Không thể %1: máy sẽ không còn người quản trị nào. Hãy giao vai trò quản trị cho cán bộ khác trước.</translation>
    </message>
    <message>
        <source>The idle lock must be between %1 and %2 minutes, not %3.</source>
        <translation>Thời gian tự khóa phải từ %1 đến %2 phút, không phải %3.</translation>
    </message>
</context>
<context>
    <name>motcua::Outbox</name>
    <message>
        <source>An outbox operation needs an operation id, an entity, a record id and a version.</source>
        <translation>Thao tác trong hàng đợi gửi cần mã thao tác, loại bản ghi, mã bản ghi và phiên bản.</translation>
    </message>
    <message>
        <source>An outbox operation refers to an attachment by a malformed hash: %1</source>
        <translation>Thao tác trong hàng đợi gửi trỏ tới tệp đính kèm bằng mã băm sai dạng: %1</translation>
    </message>
    <message>
        <source>The outbox could not be updated: %1</source>
        <translation>Không cập nhật được hàng đợi gửi: %1</translation>
    </message>
</context>
<context>
    <name>motcua::Permissions</name>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 hoặc %2</translation>
    </message>
    <message>
        <source>This officer</source>
        <translation>Cán bộ này</translation>
    </message>
    <message>
        <source>receive dossiers</source>
        <translation>tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>process dossiers</source>
        <translation>xử lý hồ sơ</translation>
    </message>
    <message>
        <source>approve results</source>
        <translation>duyệt kết quả</translation>
    </message>
    <message>
        <source>return results to citizens</source>
        <translation>trả kết quả cho công dân</translation>
    </message>
    <message>
        <source>refuse or stop dossiers</source>
        <translation>từ chối hoặc dừng giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>manage officer accounts</source>
        <translation>quản lý tài khoản cán bộ</translation>
    </message>
    <message>
        <source>resolve sync conflicts</source>
        <translation>giải quyết xung đột đồng bộ</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>nhập dữ liệu</translation>
    </message>
    <message>
        <source>export reports</source>
        <translation>xuất báo cáo</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>thay đổi cài đặt</translation>
    </message>
    <message>
        <source>The account of %1 is disabled: it may not %2.</source>
        <translation>Tài khoản của %1 đã bị khóa: không được %2.</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the role %3.</source>
        <translation>%1 không được %2: việc này cần vai trò %3.</translation>
    </message>
    <message>
        <source>The account of %1 is disabled: it may not move dossiers to &quot;%2&quot;.</source>
        <translation>Tài khoản của %1 đã bị khóa: không được chuyển hồ sơ sang &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No officer may move a dossier to &quot;%1&quot;.</source>
        <translation>Không cán bộ nào được chuyển hồ sơ sang &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 may not move dossiers to &quot;%2&quot;: that needs the role %3.</source>
        <translation>%1 không được chuyển hồ sơ sang &quot;%2&quot;: việc này cần vai trò %3.</translation>
    </message>
</context>
<context>
    <name>motcua::Procedure</name>
    <message>
        <source>Original</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Certified copy</source>
        <translation>Bản sao chứng thực</translation>
    </message>
    <message>
        <source>Photocopy</source>
        <translation>Bản photo</translation>
    </message>
</context>
<context>
    <name>motcua::ProcedureRepository</name>
    <message>
        <source>This catalog is version %1, older than the installed version %2; nothing was changed.</source>
        <translation>Danh mục này là phiên bản %1, cũ hơn phiên bản đang dùng %2; chưa có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>motcua::ProcedureSearch</name>
    <message>
        <source>The procedure search does not work (%1): the catalog index may be damaged. Tell the administrator, who installs the catalog again (motcua-cli catalog import).</source>
        <translation>Tìm thủ tục không hoạt động (%1): chỉ mục danh mục có thể đã hỏng. Hãy báo người quản trị để cài lại danh mục (motcua-cli catalog import).</translation>
    </message>
</context>
<context>
    <name>motcua::RemoteChanges</name>
    <message>
        <source>the dossier of this event is not on this device yet</source>
        <translation>hồ sơ của sự kiện này chưa có trên máy này</translation>
    </message>
    <message>
        <source>the event has no id, time, status or dossier</source>
        <translation>sự kiện thiếu mã, thời điểm, trạng thái hoặc hồ sơ</translation>
    </message>
    <message>
        <source>the scan is not downloaded yet</source>
        <translation>bản quét chưa được tải về</translation>
    </message>
</context>
<context>
    <name>motcua::RemoteDossiers</name>
    <message>
        <source>A dossier from the server could not be saved: %1</source>
        <translation>Không lưu được một hồ sơ từ máy chủ: %1</translation>
    </message>
    <message>
        <source>A pause of the dossier has no valid time.</source>
        <translation>Một lần tạm dừng của hồ sơ không có thời điểm hợp lệ.</translation>
    </message>
    <message>
        <source>the field %1 has an invalid value</source>
        <translation>trường %1 có giá trị không hợp lệ</translation>
    </message>
    <message>
        <source>the procedure %1 is not in the local catalog</source>
        <translation>thủ tục %1 không có trong danh mục của máy</translation>
    </message>
    <message>
        <source>the server sent only part of the dossier (no %1)</source>
        <translation>máy chủ chỉ gửi một phần hồ sơ (thiếu %1)</translation>
    </message>
</context>
<context>
    <name>motcua::ReportWorkbook</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>the folder is missing or not writable</source>
        <translation>thư mục không tồn tại hoặc không ghi được</translation>
    </message>
    <message>
        <source>the file could not be put in place</source>
        <translation>không đặt được tệp vào vị trí</translation>
    </message>
</context>
<context>
    <name>motcua::Reports</name>
    <message>
        <source>The report period must run from a date to the same or a later date.</source>
        <translation>Kỳ báo cáo phải đi từ một ngày đến chính ngày đó hoặc một ngày sau.</translation>
    </message>
</context>
<context>
    <name>motcua::SyncReasons</name>
    <message>
        <source>Tell the province administrator the dossier code; the dossier is kept on this computer meanwhile.</source>
        <translation>Hãy báo mã hồ sơ cho quản trị viên của tỉnh; trong lúc đó hồ sơ vẫn được giữ trên máy này.</translation>
    </message>
    <message>
        <source>A scan of this dossier is larger than the 64 MiB that sync can carry, so the dossier was not sent and its later changes were refused.</source>
        <translation>Một bản quét của hồ sơ này lớn hơn 64 MiB mà đồng bộ mang được, nên hồ sơ chưa được gửi và các thay đổi sau đó bị từ chối.</translation>
    </message>
    <message>
        <source>Scan the paper again at a lower resolution or split it into several files, then tell the province administrator the dossier code.</source>
        <translation>Hãy quét lại giấy tờ với độ phân giải thấp hơn hoặc chia thành nhiều tệp, rồi báo mã hồ sơ cho quản trị viên của tỉnh.</translation>
    </message>
    <message>
        <source>A scan of this dossier is missing or damaged on this computer, so the dossier could not be sent.</source>
        <translation>Một bản quét của hồ sơ này bị mất hoặc hỏng trên máy này, nên không gửi được hồ sơ.</translation>
    </message>
    <message>
        <source>The province server does not have this dossier (its receipt did not reach the server), so it refused the later changes.</source>
        <translation>Máy chủ của tỉnh không có hồ sơ này (phiếu tiếp nhận chưa tới máy chủ), nên đã từ chối các thay đổi sau đó.</translation>
    </message>
    <message>
        <source>This dossier belongs to another commune: the server refused the change.</source>
        <translation>Hồ sơ này thuộc xã khác: máy chủ đã từ chối thay đổi.</translation>
    </message>
    <message>
        <source>The server refused a status change of this dossier: it breaks the legal workflow (%1).</source>
        <translation>Máy chủ đã từ chối việc chuyển trạng thái của hồ sơ này: không đúng quy trình giải quyết (%1).</translation>
    </message>
    <message>
        <source>Check the dossier&apos;s status with the handling officer; %1</source>
        <translation>Hãy kiểm tra trạng thái hồ sơ với cán bộ xử lý; %1</translation>
    </message>
    <message>
        <source>The server could not accept a change of this dossier (%1).</source>
        <translation>Máy chủ chưa nhận được một thay đổi của hồ sơ này (%1).</translation>
    </message>
    <message>
        <source>The server refused a change of this dossier: %1</source>
        <translation>Máy chủ đã từ chối một thay đổi của hồ sơ này: %1</translation>
    </message>
    <message>
        <source>A scan of this dossier is larger than the 64 MiB that sync can carry: the dossier&apos;s record reached the province, but this scan never will.</source>
        <translation>Một bản quét của hồ sơ này lớn hơn 64 MiB mà đồng bộ mang được: hồ sơ đã tới tỉnh, nhưng bản quét này sẽ không bao giờ tới.</translation>
    </message>
    <message>
        <source>Scan the paper again at a lower resolution and attach the new file to the document with &quot;Replace scan…&quot; in the dossier; the next sync sends it.</source>
        <translation>Hãy quét lại giấy tờ với độ phân giải thấp hơn và gắn tệp mới vào giấy tờ bằng nút &quot;Thay bản quét…&quot; trong hồ sơ; lần đồng bộ sau sẽ gửi tệp đó.</translation>
    </message>
    <message>
        <source>Scan the paper again and attach it to the document with &quot;Replace scan…&quot; in the dossier. If the dossier&apos;s changes were refused too, tell the province administrator the dossier code.</source>
        <translation>Hãy quét lại giấy tờ và gắn vào giấy tờ bằng nút &quot;Thay bản quét…&quot; trong hồ sơ. Nếu các thay đổi của hồ sơ cũng bị từ chối, hãy báo mã hồ sơ cho quản trị viên của tỉnh.</translation>
    </message>
</context>
<context>
    <name>motcua::SystemErrorText</name>
    <message>
        <source>the file or folder does not exist</source>
        <translation>không có tệp hoặc thư mục này</translation>
    </message>
    <message>
        <source>this account may not open it</source>
        <translation>tài khoản này không có quyền mở</translation>
    </message>
    <message>
        <source>the disk or USB stick is full</source>
        <translation>ổ đĩa hoặc USB đã đầy</translation>
    </message>
    <message>
        <source>the disk or USB stick is read-only</source>
        <translation>ổ đĩa hoặc USB chỉ cho đọc</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>đây là thư mục, không phải tệp</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>một phần của đường dẫn không phải thư mục</translation>
    </message>
    <message>
        <source>a file of that name exists already</source>
        <translation>đã có tệp trùng tên</translation>
    </message>
    <message>
        <source>the disk or USB stick could not be read or written</source>
        <translation>không đọc hoặc ghi được ổ đĩa hoặc USB</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>tệp đang được dùng</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>tên tệp quá dài</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>đã dùng hết hạn mức ổ đĩa</translation>
    </message>
    <message>
        <source>the disk or USB stick was removed</source>
        <translation>ổ đĩa hoặc USB đã bị rút ra</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>lỗi không rõ</translation>
    </message>
</context>
<context>
    <name>motcua::Timeliness</name>
    <message>
        <source>Early</source>
        <translation>Sớm hạn</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>motcua::clerk</name>
    <message>
        <source>Nothing to do: no change of this device waits to be carried.</source>
        <translation>Không cần làm gì: máy này không có thay đổi nào chờ mang đi.</translation>
    </message>
    <message>
        <source>Choose the .mcb file that MotCua wrote on the other device.</source>
        <translation>Hãy chọn tệp .mcb do MotCua ghi trên máy kia.</translation>
    </message>
    <message>
        <source>Copy the bundle again from the device that wrote it, then import the new copy.</source>
        <translation>Hãy chép lại gói dữ liệu từ máy đã ghi ra nó, rồi nhập bản chép mới.</translation>
    </message>
    <message>
        <source>Update MotCua on this computer or on the device that wrote the bundle.</source>
        <translation>Hãy cập nhật MotCua trên máy này hoặc trên máy đã ghi ra gói dữ liệu.</translation>
    </message>
    <message>
        <source>Check that the USB stick is plugged in and that the file is on it.</source>
        <translation>Hãy kiểm tra USB đã cắm vào máy và tệp có trên USB.</translation>
    </message>
    <message>
        <source>Check that the USB stick is plugged in, not full and not write-protected.</source>
        <translation>Hãy kiểm tra USB đã cắm vào máy, chưa đầy và không bị khóa ghi.</translation>
    </message>
    <message>
        <source>Do not use this file: no device of this commune signed it. Tell the data clerk.</source>
        <translation>Không dùng tệp này: không máy nào của xã đã ký nó. Hãy báo cán bộ quản lý dữ liệu.</translation>
    </message>
    <message>
        <source>This bundle belongs to another commune: hand it to that commune&apos;s desk.</source>
        <translation>Gói dữ liệu này của xã khác: hãy chuyển cho bộ phận một cửa của xã đó.</translation>
    </message>
    <message>
        <source>This computer wrote this bundle: import it on another device.</source>
        <translation>Chính máy này đã ghi ra gói dữ liệu: hãy nhập nó trên máy khác.</translation>
    </message>
    <message>
        <source>Enroll this computer with the province server first: it signs bundles with the key it receives then.</source>
        <translation>Hãy đăng ký máy này với máy chủ của tỉnh trước: máy ký gói dữ liệu bằng khóa nhận được khi đó.</translation>
    </message>
    <message>
        <source>One change or scan is larger than a bundle may carry: send that dossier over the network when the link is back.</source>
        <translation>Một thay đổi hoặc bản quét lớn hơn mức một gói dữ liệu mang được: hãy gửi hồ sơ đó qua mạng khi có kết nối.</translation>
    </message>
    <message>
        <source>Show this message to the data clerk.</source>
        <translation>Hãy cho cán bộ quản lý dữ liệu xem thông báo này.</translation>
    </message>
</context>
<context>
    <name>motcua::clerk::BundleDialog</name>
    <message>
        <source>USB bundles</source>
        <translation>Gói dữ liệu USB</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this device wait for the server.</source>
        <translation>
            <numerusform>%n thay đổi của máy này đang chờ gửi lên máy chủ.</numerusform>
        </translation>
    </message>
    <message>
        <source>A file on the USB stick, e.g. E:/motcua-%1.mcb</source>
        <translation>Một tệp trên USB, ví dụ E:/motcua-%1.mcb</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Carry this device&apos;s work to the center or the province</source>
        <translation>Mang công việc của máy này về trung tâm hoặc lên tỉnh</translation>
    </message>
    <message>
        <source>The changes stay queued here until the server confirms them: exporting twice, or syncing later, never sends anything twice.</source>
        <translation>Các thay đổi vẫn nằm trong hàng chờ ở máy này cho đến khi máy chủ xác nhận: xuất hai lần hay đồng bộ sau đó cũng không bao giờ gửi trùng.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Take in a bundle written by another device of the commune</source>
        <translation>Nhận gói dữ liệu do máy khác của xã ghi</translation>
    </message>
    <message>
        <source>Export writes this device&apos;s pending changes and their scans into one signed file. Import checks a file from another device of the commune before it changes anything; a bundle imported twice changes nothing. What happened is shown here.</source>
        <translation>Xuất sẽ ghi các thay đổi đang chờ của máy này cùng bản quét vào một tệp có chữ ký. Nhập sẽ kiểm tra tệp của máy khác trong xã trước khi thay đổi bất cứ điều gì; nhập cùng một gói hai lần không thay đổi gì. Kết quả hiển thị tại đây.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Xuất gói dữ liệu</translation>
    </message>
    <message>
        <source>MotCua bundles (*.mcb);;All files (*)</source>
        <translation>Gói MotCua (*.mcb);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Đang ghi gói dữ liệu…</translation>
    </message>
    <message>
        <source>Checking and importing the bundle…</source>
        <translation>Đang kiểm tra và nhập gói dữ liệu…</translation>
    </message>
    <message numerus="yes">
        <source>Bundle written to %1: %n change(s) and %2 attachment(s). Hand the stick to the center or the province.</source>
        <translation>
            <numerusform>Đã ghi gói dữ liệu vào %1: %n thay đổi và %2 tệp đính kèm. Hãy chuyển USB về trung tâm hoặc lên tỉnh.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Máy</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Ghi lúc</translation>
    </message>
    <message>
        <source>Bundle of device %1 imported: %2 change(s) applied.</source>
        <translation>Đã nhập gói dữ liệu của máy %1: áp dụng %2 thay đổi.</translation>
    </message>
    <message>
        <source>%1 change(s) met work pending here: see the conflicts list.</source>
        <translation>%1 thay đổi trùng với việc đang chờ ở máy này: xem danh sách xung đột.</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Đã áp dụng</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Đã có sẵn</translation>
    </message>
    <message>
        <source>Conflicts for the data clerk</source>
        <translation>Xung đột chờ văn thư xử lý</translation>
    </message>
    <message>
        <source>Kept, waiting for their dossier or procedure</source>
        <translation>Đã lưu, chờ hồ sơ hoặc thủ tục tương ứng</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>Đã nhập trước đó</translation>
    </message>
    <message>
        <source>Attachments stored</source>
        <translation>Tệp đính kèm đã lưu</translation>
    </message>
    <message>
        <source>From device</source>
        <translation>Từ máy</translation>
    </message>
    <message>
        <source>Copy kept at</source>
        <translation>Bản lưu tại</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cần làm gì</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were left out and stay on this computer: %1</source>
        <translation>
            <numerusform>%n thay đổi bị để lại và vẫn ở trên máy này: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out (scan too large)</source>
        <translation>Để lại (bản quét quá lớn)</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) were refused and did not reach the province: a bundle cannot carry them either.</source>
        <translation>
            <numerusform>%n hồ sơ bị từ chối và chưa tới tỉnh: gói dữ liệu cũng không mang được các hồ sơ này.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::clerk::ConflictsView</name>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Found during</source>
        <translation>Phát hiện khi</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Phiên bản máy chủ</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Thời điểm phát hiện</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ</translation>
    </message>
    <message>
        <source>Why this choice (kept with the resolution)</source>
        <translation>Lý do lựa chọn (lưu cùng quyết định)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Giải quyết</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>A dossier changed here and on the server before the two could sync. For each field that differs, keep this device&apos;s value or the server&apos;s; the result is sent as a new change.</source>
        <translation>Hồ sơ đã bị sửa ở máy này và trên máy chủ trước khi kịp đồng bộ. Với mỗi trường khác nhau, hãy giữ giá trị của máy này hoặc của máy chủ; kết quả được gửi đi như một thay đổi mới.</translation>
    </message>
    <message>
        <source>sending (push)</source>
        <translation>gửi lên</translation>
    </message>
    <message>
        <source>receiving (pull)</source>
        <translation>nhận về</translation>
    </message>
    <message>
        <source>No open conflicts: every change has reached the server.</source>
        <translation>Không còn xung đột: mọi thay đổi đã lên máy chủ.</translation>
    </message>
    <message>
        <source>Choose a conflict in the list.</source>
        <translation>Hãy chọn một xung đột trong danh sách.</translation>
    </message>
    <message>
        <source>Dossier %1 — %2. Changed on the server by %3 (version %4).</source>
        <translation>Hồ sơ %1 — %2. Được sửa trên máy chủ bởi %3 (phiên bản %4).</translation>
    </message>
    <message>
        <source>the province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <source>The server deleted this dossier.</source>
        <translation>Máy chủ đã xóa hồ sơ này.</translation>
    </message>
    <message>
        <source>Server&apos;s value</source>
        <translation>Giá trị máy chủ</translation>
    </message>
    <message>
        <source>This device&apos;s value</source>
        <translation>Giá trị máy này</translation>
    </message>
    <message>
        <source>same / server&apos;s</source>
        <translation>như nhau / theo máy chủ</translation>
    </message>
    <message>
        <source>Conflict of dossier %1 resolved; the result will be sent at the next sync.</source>
        <translation>Đã giải quyết xung đột của hồ sơ %1; kết quả sẽ được gửi ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation>máy %1</translation>
    </message>
    <message>
        <source>another desk of the commune</source>
        <translation>một máy khác của xã</translation>
    </message>
    <message>
        <source>No open conflicts, but some changes did not reach the server: see the list above.</source>
        <translation>Không có xung đột đang mở, nhưng một số thay đổi chưa tới máy chủ: xem danh sách ở trên.</translation>
    </message>
    <message>
        <source>The status, the pauses and the due date are one legal clock: they are kept from the same side.</source>
        <translation>Trạng thái, các lần tạm dừng và hạn trả kết quả là một đồng hồ pháp lý: luôn được giữ theo cùng một bên.</translation>
    </message>
</context>
<context>
    <name>motcua::clerk::DuplicatesView</name>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Earlier dossier</source>
        <translation>Hồ sơ nhận trước</translation>
    </message>
    <message>
        <source>Later dossier</source>
        <translation>Hồ sơ nhận sau</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do nghi trùng</translation>
    </message>
    <message>
        <source>Days apart</source>
        <translation>Cách nhau (ngày)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Keep the earlier dossier</source>
        <translation>Giữ hồ sơ nhận trước</translation>
    </message>
    <message>
        <source>Keep the later dossier</source>
        <translation>Giữ hồ sơ nhận sau</translation>
    </message>
    <message>
        <source>Why (kept in both dossiers&apos; history)</source>
        <translation>Lý do (lưu vào lịch sử của cả hai hồ sơ)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <source>The other dossier is withdrawn and its history moves to the one kept.</source>
        <translation>Hồ sơ còn lại được rút và lịch sử của nó chuyển sang hồ sơ được giữ.</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Không trùng</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Tìm lại</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Dossiers of the same procedure received within 30 days, with the same citizen ID or nearly the same name.</source>
        <translation>Các hồ sơ cùng thủ tục tiếp nhận trong vòng 30 ngày, cùng số CCCD hoặc họ tên gần giống nhau.</translation>
    </message>
    <message>
        <source>No suspected duplicates.</source>
        <translation>Không có hồ sơ nghi trùng.</translation>
    </message>
    <message numerus="yes">
        <source>%n suspected duplicate pair(s).</source>
        <translation>
            <numerusform>%n cặp hồ sơ nghi trùng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching for duplicates…</source>
        <translation>Đang tìm hồ sơ trùng…</translation>
    </message>
    <message>
        <source>same citizen ID</source>
        <translation>cùng số CCCD</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>cùng họ tên</translation>
    </message>
    <message numerus="yes">
        <source>names differ by %n letter(s)</source>
        <translation>
            <numerusform>họ tên khác %n chữ cái</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Dossier %1 merged into %2; %1 is withdrawn.</source>
        <translation>Đã gộp hồ sơ %1 vào %2; hồ sơ %1 được rút.</translation>
    </message>
    <message>
        <source>%1 and %2 are kept as two requests.</source>
        <translation>%1 và %2 được giữ là hai yêu cầu riêng.</translation>
    </message>
</context>
<context>
    <name>motcua::clerk::FieldText</name>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Ngày hẹn trả</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>Có kết quả</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>(not carried)</source>
        <translation>(không thay đổi)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n giấy tờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s)</source>
        <translation>
            <numerusform>%n lần tạm dừng</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
</context>
<context>
    <name>motcua::clerk::ImportDialog</name>
    <message>
        <source>(ignore)</source>
        <translation>(bỏ qua)</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>Có kết quả</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>TCVN3 (ABC, .Vn fonts)</source>
        <translation>TCVN3 (ABC, phông .Vn)</translation>
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
        <translation>Nhập danh sách cũ</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file</source>
        <translation>Tệp .csv hoặc .xlsx</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Tự nhận biết</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Bảng mã:</translation>
    </message>
    <message>
        <source>List of:</source>
        <translation>Danh sách:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Tiêu đề trong tệp</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Các cột</translation>
    </message>
    <message>
        <source>First rows as they will be read</source>
        <translation>Các dòng đầu như sẽ được đọc</translation>
    </message>
    <message>
        <source>All or nothing: one refused row refuses the file</source>
        <translation>Tất cả hoặc không: một dòng lỗi thì không nhập cả tệp</translation>
    </message>
    <message>
        <source>Import the valid rows and list the others</source>
        <translation>Nhập các dòng hợp lệ và liệt kê các dòng lỗi</translation>
    </message>
    <message>
        <source>Import again a file imported before</source>
        <translation>Nhập lại tệp đã nhập trước đây</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Hủy nhập</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Choose the list to import</source>
        <translation>Chọn danh sách cần nhập</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Danh sách (*.csv *.xlsx *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Hãy chọn một tệp.</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Tệp Excel</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Tệp CSV</translation>
    </message>
    <message>
        <source>encoding %1 (detected)</source>
        <translation>bảng mã %1 (tự nhận biết)</translation>
    </message>
    <message>
        <source>encoding %1 (chosen)</source>
        <translation>bảng mã %1 (đã chọn)</translation>
    </message>
    <message>
        <source>columns separated by “%1”</source>
        <translation>các cột phân cách bằng “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first rows would be refused</source>
        <translation>
            <numerusform>%n dòng đầu sẽ bị từ chối</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Fix the file or the columns first: %1</source>
        <translation>Hãy sửa tệp hoặc cách ghép cột trước: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Đang bắt đầu…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>Đã đọc %1 dòng</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Đã hủy nhập: không có gì được ghi.</translation>
    </message>
    <message>
        <source>Tick “%1” to import it anyway.</source>
        <translation>Đánh dấu “%1” để vẫn nhập.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows.</source>
        <translation>Đã nhập %1 trên %2 dòng.</translation>
    </message>
    <message>
        <source>%1 known citizens updated.</source>
        <translation>Đã cập nhật %1 công dân đã có.</translation>
    </message>
    <message>
        <source>%1 rows refused (listed below).</source>
        <translation>%1 dòng bị từ chối (liệt kê bên dưới).</translation>
    </message>
    <message>
        <source>Nothing was written: %1 of %2 rows were refused and the file is imported all or nothing. Fix them, or choose to import the valid rows.</source>
        <translation>Không có gì được ghi: %1 trên %2 dòng bị từ chối và tệp được nhập theo kiểu tất cả hoặc không. Hãy sửa các dòng đó, hoặc chọn nhập các dòng hợp lệ.</translation>
    </message>
    <message>
        <source>The first %1 problems are listed.</source>
        <translation>Liệt kê %1 lỗi đầu tiên.</translation>
    </message>
</context>
<context>
    <name>motcua::clerk::StatisticsView</name>
    <message>
        <source>Done early</source>
        <translation>Xong trước hạn</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Xong đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Xong trễ hạn</translation>
    </message>
    <message>
        <source>Ended without result</source>
        <translation>Từ chối, rút, dừng</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang trong hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Đang quá hạn</translation>
    </message>
    <message>
        <source>Dossiers on hand from %1 to %2: %3.</source>
        <translation>Hồ sơ phải giải quyết từ %1 đến %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Register written: %n dossier(s).</source>
        <translation>
            <numerusform>Đã xuất sổ theo dõi: %n hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Tự chọn ngày</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Xuất XLSX…</translation>
    </message>
    <message>
        <source>Register XLSX…</source>
        <translation>Sổ theo dõi XLSX…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Kỳ trước chuyển sang</translation>
    </message>
    <message>
        <source>Received in the period</source>
        <translation>Tiếp nhận trong kỳ</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Tổng số phải giải quyết</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Xong đúng hạn</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Xong trễ hạn</translation>
    </message>
    <message>
        <source>Open, not yet due</source>
        <translation>Đang giải quyết, chưa đến hạn</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>Đang giải quyết, đã quá hạn</translation>
    </message>
    <message>
        <source>Results on time</source>
        <translation>Tỷ lệ đúng hạn</translation>
    </message>
    <message>
        <source>By procedure</source>
        <translation>Theo thủ tục</translation>
    </message>
    <message>
        <source>By officer</source>
        <translation>Theo cán bộ</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <source>Breakdown:</source>
        <translation>Chi tiết:</translation>
    </message>
    <message>
        <source>The period must start on or before its last day.</source>
        <translation>Ngày đầu kỳ phải trước hoặc bằng ngày cuối kỳ.</translation>
    </message>
    <message>
        <source>Counting the dossiers…</source>
        <translation>Đang đếm hồ sơ…</translation>
    </message>
    <message>
        <source>What became of the dossiers on hand</source>
        <translation>Kết quả giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>Other sectors</source>
        <translation>Lĩnh vực khác</translation>
    </message>
    <message>
        <source>(no sector)</source>
        <translation>(chưa có lĩnh vực)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>On time %</source>
        <translation>Đúng hạn %</translation>
    </message>
    <message>
        <source>Compute the statistics of a period first.</source>
        <translation>Hãy thống kê một kỳ trước.</translation>
    </message>
    <message>
        <source>Statistics written to %1.</source>
        <translation>Đã xuất thống kê vào %1.</translation>
    </message>
    <message>
        <source>Writing the register…</source>
        <translation>Đang xuất sổ theo dõi…</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Xuất thống kê</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Xuất sổ theo dõi</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <source>By sector (colours as in the chart of outcomes)</source>
        <translation>Theo lĩnh vực (màu như biểu đồ kết quả)</translation>
    </message>
</context>
<context>
    <name>motcua::clerk::SyncAttentionList</name>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>Thay đổi chưa gửi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cần làm gì</translation>
    </message>
    <message numerus="yes">
        <source>Not everything is on the server: %n dossier(s) did not reach the province (%1 change(s) refused or held back). They stay on this computer; see what to do for each below.</source>
        <translation>
            <numerusform>Chưa phải mọi thứ đã lên máy chủ: %n hồ sơ chưa tới tỉnh (%1 thay đổi bị từ chối hoặc bị giữ lại). Các hồ sơ vẫn ở trên máy này; xem cần làm gì cho từng hồ sơ ở dưới.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::desktop::ApologyDialog</name>
    <message>
        <source>Apology and new date (form 04)</source>
        <translation>Xin lỗi và hẹn lại ngày trả (mẫu 04)</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Ngày hẹn mới:</translation>
    </message>
    <message>
        <source>&amp;Reason for the delay:</source>
        <translation>&amp;Lý do chậm trả:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::ApplicantPage</name>
    <message>
        <source>2. Applicant</source>
        <translation>2. Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>As written on the citizen&apos;s identity card.</source>
        <translation>Ghi đúng như trên thẻ căn cước của công dân.</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Citizen ID:</source>
        <translation>Số định &amp;danh:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Số điện th&amp;oại:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Thư điện tử:</translation>
    </message>
    <message>
        <source>Type the 12 digits of the citizen ID.</source>
        <translation>Nhập đủ 12 chữ số của số định danh cá nhân.</translation>
    </message>
    <message>
        <source>Born %1, %2, birth registered in %3: check against the card.</source>
        <translation>Sinh năm %1, %2, đăng ký khai sinh tại %3: hãy đối chiếu với thẻ.</translation>
    </message>
    <message>
        <source>Type the applicant&apos;s full name, as on the card, to go on.</source>
        <translation>Hãy nhập họ tên đầy đủ của người nộp, đúng như trên thẻ, để tiếp tục.</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::CatalogWidget</name>
    <message>
        <source>Search procedures: name or code, with or without accents (Ctrl+F)</source>
        <translation>Tìm thủ tục: tên hoặc mã, có dấu hay không dấu đều được (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Receive a dossier for this procedure</source>
        <translation>&amp;Tiếp nhận hồ sơ thủ tục này</translation>
    </message>
    <message>
        <source>&amp;Find a procedure:</source>
        <translation>&amp;Tìm thủ tục:</translation>
    </message>
    <message>
        <source>Type a few letters of a procedure&apos;s name, e.g. &quot;khai sinh&quot;, or its code.</source>
        <translation>Gõ vài chữ trong tên thủ tục, ví dụ &quot;khai sinh&quot;, hoặc mã thủ tục.</translation>
    </message>
    <message>
        <source>No procedure matches.</source>
        <translation>Không có thủ tục nào phù hợp.</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::CommuneSetupDialog</name>
    <message>
        <source>The commune of this desk</source>
        <translation>Xã của máy này</translation>
    </message>
    <message>
        <source>5 digits, e.g. 03199</source>
        <translation>5 chữ số, ví dụ 03199</translation>
    </message>
    <message>
        <source>e.g. Mường Phăng</source>
        <translation>ví dụ Mường Phăng</translation>
    </message>
    <message>
        <source>Every dossier code starts with the commune&apos;s official code, and the forms print the names below. Set them before the first dossier is received.</source>
        <translation>Mọi mã hồ sơ đều bắt đầu bằng mã chính thức của xã, và các phiếu in những tên dưới đây. Hãy đặt trước khi tiếp nhận hồ sơ đầu tiên.</translation>
    </message>
    <message>
        <source>Set by the enrollment with the province server.</source>
        <translation>Được đặt khi đăng ký với máy chủ của tỉnh.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Commune &amp;code:</source>
        <translation>&amp;Mã xã:</translation>
    </message>
    <message>
        <source>Commune &amp;name:</source>
        <translation>&amp;Tên xã:</translation>
    </message>
    <message>
        <source>&amp;Agency (on forms):</source>
        <translation>&amp;Cơ quan (in trên phiếu):</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Tỉnh:</translation>
    </message>
    <message>
        <source>&amp;Results returned at:</source>
        <translation>Nơi &amp;trả kết quả:</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::DeskContext</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Không tạo được thư mục dữ liệu %1.</translation>
    </message>
    <message>
        <source>The built-in procedure catalog is missing.</source>
        <translation>Thiếu danh mục thủ tục đi kèm chương trình.</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::DeskSettings</name>
    <message>
        <source>Public Administration Service Center</source>
        <translation>Trung tâm Phục vụ hành chính công</translation>
    </message>
    <message>
        <source>At the one-stop desk</source>
        <translation>Tại Bộ phận một cửa</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::DocumentsPage</name>
    <message>
        <source>3. Documents</source>
        <translation>3. Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Tick what the citizen handed in; attach scans from files or drop them here.</source>
        <translation>Đánh dấu giấy tờ công dân đã nộp; đính kèm bản quét từ tệp hoặc kéo thả vào đây.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Bản quét</translation>
    </message>
    <message>
        <source>&amp;Attach scan…</source>
        <translation>Đính &amp;kèm bản quét…</translation>
    </message>
    <message>
        <source>&amp;Remove scan</source>
        <translation>&amp;Bỏ bản quét</translation>
    </message>
    <message>
        <source>A&amp;dd another document…</source>
        <translation>Thêm &amp;giấy tờ khác…</translation>
    </message>
    <message>
        <source>%1 (if applicable)</source>
        <translation>%1 (nếu có)</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>Đã đính kèm %1.</translation>
    </message>
    <message>
        <source>Attached %1 (scaled down to %2 px for storage).</source>
        <translation>Đã đính kèm %1 (thu nhỏ còn %2 px để lưu trữ).</translation>
    </message>
    <message>
        <source>Select the document the scan belongs to first.</source>
        <translation>Hãy chọn giấy tờ của bản quét trước.</translation>
    </message>
    <message>
        <source>Scan of the document</source>
        <translation>Bản quét của giấy tờ</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>Bản quét (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Another document</source>
        <translation>Giấy tờ khác</translation>
    </message>
    <message>
        <source>Title of the document:</source>
        <translation>Tên giấy tờ:</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::DossierDetailWidget</name>
    <message>
        <source>&amp;Print form…</source>
        <translation>&amp;In phiếu…</translation>
    </message>
    <message>
        <source>Process &amp;control (05)…</source>
        <translation>Phiếu &amp;kiểm soát (05)…</translation>
    </message>
    <message>
        <source>&amp;Apology, new date (04)…</source>
        <translation>&amp;Xin lỗi, hẹn lại (04)…</translation>
    </message>
    <message>
        <source>&amp;Open scan</source>
        <translation>&amp;Mở bản quét</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Bản quét</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a dossier in the queue.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Chọn một hồ sơ trong danh sách.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · citizen ID %2&lt;br/&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · số định danh %2&lt;br/&gt;%3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>Done. Print %1 with the Print button (Ctrl+P).</source>
        <translation>Xong. In %1 bằng nút In phiếu (Ctrl+P).</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Xong: %1.</translation>
    </message>
    <message>
        <source>This document has no scan.</source>
        <translation>Giấy tờ này không có bản quét.</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>Máy chưa có chương trình để mở %1.</translation>
    </message>
    <message>
        <source>The scan could not be copied for viewing: %1</source>
        <translation>Không chép được bản quét để xem: %1</translation>
    </message>
    <message>
        <source>Refuse dossier %1 of %2? This ends the dossier and cannot be undone.</source>
        <translation>Từ chối hồ sơ %1 của %2? Việc này kết thúc hồ sơ và không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Record that %2 withdrew dossier %1? This ends the dossier and cannot be undone.</source>
        <translation>Ghi nhận %2 rút hồ sơ %1? Việc này kết thúc hồ sơ và không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Stop processing dossier %1 of %2? This ends the dossier and cannot be undone.</source>
        <translation>Dừng giải quyết hồ sơ %1 của %2? Việc này kết thúc hồ sơ và không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Not on the province server:&lt;/b&gt; %n change(s) of this dossier were refused or held back. %1&lt;br/&gt;&lt;b&gt;What to do:&lt;/b&gt; %2</source>
        <translation>
            <numerusform>&lt;b&gt;Chưa có trên máy chủ của tỉnh:&lt;/b&gt; %n thay đổi của hồ sơ này bị từ chối hoặc bị giữ lại. %1&lt;br/&gt;&lt;b&gt;Cần làm gì:&lt;/b&gt; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Sync conflict:&lt;/b&gt; this dossier was changed here and on another desk or the province before they synced. The data clerk chooses what to keep in Data &gt; Sync conflicts.</source>
        <translation>&lt;b&gt;Xung đột đồng bộ:&lt;/b&gt; hồ sơ này đã được sửa ở đây và ở một máy khác hoặc ở tỉnh trước khi đồng bộ. Cán bộ quản lý dữ liệu chọn bản giữ lại trong Dữ liệu &gt; Xung đột đồng bộ.</translation>
    </message>
    <message>
        <source>New date %1 recorded for dossier %2; it will be sent to the province.</source>
        <translation>Đã ghi ngày hẹn mới %1 cho hồ sơ %2; ngày này sẽ được gửi lên tỉnh.</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>The scan is on its way from another desk; it appears after a later sync.</source>
        <translation>Bản quét đang được gửi từ bàn khác; nó sẽ hiện ra sau một lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A scan did not reach the province server:&lt;/b&gt; %1&lt;br/&gt;&lt;b&gt;What to do:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Một bản quét không gửi được lên máy chủ của tỉnh:&lt;/b&gt; %1&lt;br/&gt;&lt;b&gt;Cần làm gì:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>sending, %1 %</source>
        <translation>đang gửi, %1 %</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>chưa gửi</translation>
    </message>
    <message>
        <source>This scan has not reached the province server yet: %1 of %2 sent. Sync continues it by itself.</source>
        <translation>Bản quét này chưa tới máy chủ của tỉnh: đã gửi %1 trên %2. Đồng bộ sẽ tự gửi tiếp.</translation>
    </message>
    <message>
        <source>Replace scan…</source>
        <translation>Thay bản quét…</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>không gửi được</translation>
    </message>
    <message>
        <source>%1 Replace it with &quot;Replace scan…&quot;.</source>
        <translation>%1 Hãy thay bằng nút &quot;Thay bản quét…&quot;.</translation>
    </message>
    <message>
        <source>Attach a new scan to the selected document: one the province server refused, or the wrong paper.</source>
        <translation>Gắn bản quét mới cho giấy tờ đang chọn: bản quét bị máy chủ của tỉnh từ chối, hoặc quét nhầm giấy.</translation>
    </message>
    <message>
        <source>Select the document whose scan you replace.</source>
        <translation>Hãy chọn giấy tờ cần thay bản quét.</translation>
    </message>
    <message>
        <source>New scan of &quot;%1&quot;</source>
        <translation>Bản quét mới của &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>Bản quét (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>New scan attached to &quot;%1&quot;; the next sync sends it to the province.</source>
        <translation>Đã gắn bản quét mới cho &quot;%1&quot;; lần đồng bộ sau sẽ gửi lên tỉnh.</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::DossierQueueModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::DossierQueueWidget</name>
    <message>
        <source>Open</source>
        <translation>Cần xử lý</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Most urgent first</source>
        <translation>Gấp nhất trước</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Mới nhất trước</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Cũ nhất trước</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: applicant&apos;s name, citizen ID or dossier code</source>
        <translation>Lọc: họ tên người nộp, số định danh hoặc mã hồ sơ</translation>
    </message>
    <message>
        <source>Sync conflict: the data clerk must choose between this desk and the server.</source>
        <translation>Xung đột đồng bộ: cán bộ quản lý dữ liệu phải chọn giữa bản ở máy này và bản ở máy chủ.</translation>
    </message>
    <message>
        <source>Did not reach the province: see the dossier.</source>
        <translation>Chưa tới tỉnh: xem hồ sơ.</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::EnrollDialog</name>
    <message>
        <source>Enroll this computer</source>
        <translation>Đăng ký máy này</translation>
    </message>
    <message>
        <source>The one-time code from the province administrator</source>
        <translation>Mã dùng một lần do quản trị viên của tỉnh cấp</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>Đăng &amp;ký</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>M&amp;ã:</translation>
    </message>
    <message>
        <source>Both the server and the code are needed.</source>
        <translation>Cần nhập cả máy chủ và mã.</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Đang liên lạc với máy chủ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::FirstRunDialog</name>
    <message>
        <source>MotCua — create the administrator</source>
        <translation>Một cửa — tạo tài khoản quản trị</translation>
    </message>
    <message>
        <source>This desk has no officer yet. Create the administrator account: it adds the other officers and gives them their roles.</source>
        <translation>Máy này chưa có cán bộ nào. Hãy tạo tài khoản quản trị: người quản trị sẽ thêm các cán bộ khác và phân vai trò cho họ.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Tạo</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::Forms</name>
    <message>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Form 01 — receipt and appointment</source>
        <translation>Mẫu 01 — giấy tiếp nhận và hẹn trả kết quả</translation>
    </message>
    <message>
        <source>Form 02 — request to supplement</source>
        <translation>Mẫu 02 — phiếu yêu cầu bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>Form 03 — refusal</source>
        <translation>Mẫu 03 — phiếu từ chối</translation>
    </message>
    <message>
        <source>Form 04 — apology and new date</source>
        <translation>Mẫu 04 — phiếu xin lỗi và hẹn lại</translation>
    </message>
    <message>
        <source>Form 05 — process control</source>
        <translation>Mẫu 05 — phiếu kiểm soát quá trình</translation>
    </message>
    <message>
        <source>Form 06 — dossier register</source>
        <translation>Mẫu 06 — sổ theo dõi hồ sơ</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::IntakeWizard</name>
    <message>
        <source>Receive a dossier</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Save dossier</source>
        <translation>&amp;Lưu hồ sơ</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Xong</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Throw away the dossier being received? What was typed is lost.</source>
        <translation>Bỏ hồ sơ đang tiếp nhận? Những gì đã nhập sẽ mất.</translation>
    </message>
    <message>
        <source>Throw away the dossier of %1 being received? What was typed is lost.</source>
        <translation>Bỏ hồ sơ của %1 đang tiếp nhận? Những gì đã nhập sẽ mất.</translation>
    </message>
    <message>
        <source>&amp;Throw away</source>
        <translation>&amp;Bỏ đi</translation>
    </message>
    <message>
        <source>&amp;Keep receiving</source>
        <translation>&amp;Tiếp tục tiếp nhận</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::LoginDialog</name>
    <message>
        <source>Log in with your officer account.</source>
        <translation>Đăng nhập bằng tài khoản cán bộ của bạn.</translation>
    </message>
    <message>
        <source>MotCua — log in</source>
        <translation>Một cửa — đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>MotCua — locked</source>
        <translation>Một cửa — đã khóa</translation>
    </message>
    <message>
        <source>The desk was locked after a while without use. %1, type your password to go on.</source>
        <translation>Máy đã tự khóa vì lâu không sử dụng. %1, hãy nhập mật khẩu để tiếp tục.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>%1 locked the desk. %1, type your password to go on.</source>
        <translation>%1 đã khóa máy. %1, hãy nhập mật khẩu để tiếp tục.</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::MainWindow</name>
    <message>
        <source>MotCua — one-stop desk</source>
        <translation>Một cửa — bộ phận tiếp nhận và trả kết quả</translation>
    </message>
    <message>
        <source>&amp;Procedures</source>
        <translation>&amp;Thủ tục</translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Đồng &amp;bộ</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Cán bộ: %1</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Làm việc</translation>
    </message>
    <message>
        <source>&amp;New dossier…</source>
        <translation>Hồ sơ &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Print form…</source>
        <translation>&amp;In phiếu…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Khóa máy</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>Đồng &amp;bộ</translation>
    </message>
    <message>
        <source>&amp;Refresh the queue</source>
        <translation>&amp;Làm mới danh sách</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Đồng bộ &amp;ngay</translation>
    </message>
    <message>
        <source>&amp;Enroll this computer…</source>
        <translation>Đăng &amp;ký máy này…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About MotCua</source>
        <translation>&amp;Giới thiệu Một cửa</translation>
    </message>
    <message>
        <source>The dossier being received before the program closed was restored.</source>
        <translation>Đã khôi phục hồ sơ đang tiếp nhận dở trước khi chương trình tắt.</translation>
    </message>
    <message>
        <source>Select a dossier in the queue to print its form.</source>
        <translation>Chọn một hồ sơ trong danh sách để in phiếu.</translation>
    </message>
    <message>
        <source>About MotCua</source>
        <translation>Giới thiệu Một cửa</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MotCua %1&lt;/h3&gt;&lt;p&gt;The offline-first one-stop desk of the commune: procedures, dossiers, forms and sync with the province server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Một cửa %1&lt;/h3&gt;&lt;p&gt;Phần mềm bộ phận một cửa cấp xã, làm việc cả khi không có mạng: thủ tục, hồ sơ, biểu mẫu và đồng bộ với máy chủ của tỉnh.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>D&amp;ata</source>
        <translation>&amp;Dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Statistics and reports…</source>
        <translation>&amp;Thống kê và báo cáo…</translation>
    </message>
    <message>
        <source>Statistics and reports</source>
        <translation>Thống kê và báo cáo</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>&amp;Xung đột đồng bộ…</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Xung đột đồng bộ</translation>
    </message>
    <message>
        <source>&amp;Duplicate dossiers…</source>
        <translation>Hồ sơ &amp;trùng…</translation>
    </message>
    <message>
        <source>Duplicate dossiers</source>
        <translation>Hồ sơ trùng</translation>
    </message>
    <message>
        <source>&amp;Import old lists…</source>
        <translation>&amp;Nhập danh sách cũ…</translation>
    </message>
    <message>
        <source>USB &amp;bundle (no link)…</source>
        <translation>&amp;Gói dữ liệu USB (không có mạng)…</translation>
    </message>
    <message>
        <source>Dossier &amp;register (form 06)…</source>
        <translation>&amp;Sổ theo dõi hồ sơ (mẫu 06)…</translation>
    </message>
    <message>
        <source>Dossier register (form 06)</source>
        <translation>Sổ theo dõi hồ sơ (mẫu 06)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>&amp;Commune and agency…</source>
        <translation>&amp;Xã và cơ quan…</translation>
    </message>
    <message>
        <source>&amp;Officers…</source>
        <translation>&amp;Cán bộ…</translation>
    </message>
    <message>
        <source>First step: set up the commune of this desk.</source>
        <translation>Bước đầu tiên: thiết lập xã của máy này.</translation>
    </message>
    <message>
        <source>Next step: add the officers who receive and handle dossiers.</source>
        <translation>Bước tiếp theo: thêm các cán bộ tiếp nhận và xử lý hồ sơ.</translation>
    </message>
    <message>
        <source>The commune of this desk is not set up yet: the administrator sets it in Desk &gt; Commune and agency.</source>
        <translation>Xã của máy này chưa được thiết lập: người quản trị đặt trong Làm việc &gt; Xã và cơ quan.</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::MoveActions</name>
    <message>
        <source>Hand over / process</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <source>Hand the dossier to the handling officer; after a supplement, resume the clock.</source>
        <translation>Chuyển hồ sơ cho cán bộ xử lý; sau khi bổ sung, tiếp tục tính thời hạn.</translation>
    </message>
    <message>
        <source>Request supplement (02)</source>
        <translation>Yêu cầu bổ sung (02)</translation>
    </message>
    <message>
        <source>Ask the citizen, once and completely, for what is missing: the clock pauses.</source>
        <translation>Yêu cầu công dân bổ sung một lần, đầy đủ những gì còn thiếu: tạm dừng tính thời hạn.</translation>
    </message>
    <message>
        <source>Fees or taxes due</source>
        <translation>Chờ nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>The citizen must pay fees or taxes before the result.</source>
        <translation>Công dân phải nộp phí, lệ phí hoặc thuế trước khi nhận kết quả.</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>Đã có kết quả</translation>
    </message>
    <message>
        <source>The result is ready, awaiting collection.</source>
        <translation>Đã có kết quả, chờ công dân đến nhận.</translation>
    </message>
    <message>
        <source>Return result</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>The citizen collected the result.</source>
        <translation>Công dân đã nhận kết quả.</translation>
    </message>
    <message>
        <source>Refuse (03)</source>
        <translation>Từ chối (03)</translation>
    </message>
    <message>
        <source>Refuse the dossier with the reasons (form 03).</source>
        <translation>Từ chối hồ sơ, nêu rõ lý do (mẫu 03).</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <source>The citizen withdrew the dossier.</source>
        <translation>Công dân rút hồ sơ.</translation>
    </message>
    <message>
        <source>Stop processing</source>
        <translation>Dừng giải quyết</translation>
    </message>
    <message>
        <source>Processing is stopped, with the reason.</source>
        <translation>Dừng giải quyết hồ sơ, nêu rõ lý do.</translation>
    </message>
    <message>
        <source>Every missing or wrong document, one per line, with the reason:</source>
        <translation>Từng giấy tờ còn thiếu hoặc chưa đúng, mỗi dòng một giấy tờ, kèm lý do:</translation>
    </message>
    <message>
        <source>Reasons for the refusal:</source>
        <translation>Lý do từ chối:</translation>
    </message>
    <message>
        <source>Why processing stops:</source>
        <translation>Lý do dừng giải quyết:</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Ghi chú (không bắt buộc):</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::OfficerFormDialog</name>
    <message>
        <source>New officer</source>
        <translation>Cán bộ mới</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Vai trò của %1</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Mật khẩu mới cho %1</translation>
    </message>
    <message>
        <source>e.g. lothimai</source>
        <translation>ví dụ lothimai</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ tên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>Type the officer&apos;s full name.</source>
        <translation>Hãy nhập họ tên đầy đủ của cán bộ.</translation>
    </message>
    <message>
        <source>Give the officer at least one role.</source>
        <translation>Hãy giao cho cán bộ ít nhất một vai trò.</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::OfficersDialog</name>
    <message>
        <source>&amp;Add an officer…</source>
        <translation>&amp;Thêm cán bộ…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Vai trò…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Khóa tài khoản</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Đặt lại &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>Officers of this desk</source>
        <translation>Cán bộ của máy này</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Each officer logs in with their own account; what they may do follows their roles. Reception receives dossiers and returns results, handling processes them, the leader signs, the data clerk resolves sync conflicts.</source>
        <translation>Mỗi cán bộ đăng nhập bằng tài khoản riêng; việc được làm tùy theo vai trò. Tiếp nhận thì nhận hồ sơ và trả kết quả, xử lý thì giải quyết hồ sơ, lãnh đạo thì ký, cán bộ quản lý dữ liệu thì giải quyết xung đột đồng bộ.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Mở khóa tài khoản</translation>
    </message>
    <message>
        <source>%1 can now log in as %2.</source>
        <translation>%1 giờ đã đăng nhập được với tên %2.</translation>
    </message>
    <message>
        <source>Roles of %1 saved.</source>
        <translation>Đã lưu vai trò của %1.</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 không còn đăng nhập được.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 đăng nhập lại được.</translation>
    </message>
    <message>
        <source>New password of %1 saved: hand it over in person.</source>
        <translation>Đã lưu mật khẩu mới của %1: hãy trao tận tay.</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::ProcedureHtml</name>
    <message>
        <source>Same day (after 15:00: next working day)</source>
        <translation>Trong ngày (sau 15 giờ: ngày làm việc tiếp theo)</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Former codes</source>
        <translation>Mã cũ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>No longer in the catalog</source>
        <translation>Không còn trong danh mục</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>if applicable</source>
        <translation>nếu có</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::ProcedurePage</name>
    <message>
        <source>1. Procedure</source>
        <translation>1. Thủ tục</translation>
    </message>
    <message>
        <source>Which procedure does the citizen ask for?</source>
        <translation>Công dân yêu cầu giải quyết thủ tục nào?</translation>
    </message>
    <message>
        <source>Name or code, with or without accents</source>
        <translation>Tên hoặc mã, có dấu hay không dấu</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::ReceiptPage</name>
    <message>
        <source>5. Receipt (form 01)</source>
        <translation>5. Giấy tiếp nhận (mẫu 01)</translation>
    </message>
    <message>
        <source>The dossier is saved. Print the receipt and appointment for the citizen to sign.</source>
        <translation>Hồ sơ đã được lưu. In giấy tiếp nhận và hẹn trả kết quả để công dân ký.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Lưu P&amp;DF…</translation>
    </message>
    <message>
        <source>Dossier &lt;b&gt;%1&lt;/b&gt;, due &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Hồ sơ &lt;b&gt;%1&lt;/b&gt;, hẹn trả &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The receipt PDF was not kept: %1</source>
        <translation>Chưa lưu được bản PDF của giấy tiếp nhận: %1</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::RecoveryKeyDialog</name>
    <message>
        <source>I have printed or written down the recovery key and put it in the safe.</source>
        <translation>Tôi đã in hoặc chép lại khóa khôi phục và cất vào tủ an toàn.</translation>
    </message>
    <message>
        <source>MotCua — recovery key</source>
        <translation>Một cửa — khóa khôi phục</translation>
    </message>
    <message>
        <source>The data of this desk is now encrypted. If every officer forgets his password, only this recovery key opens it. It is shown only now: print it, keep it in the commune&apos;s safe, never with the laptop.</source>
        <translation>Dữ liệu của máy này nay đã được mã hóa. Nếu mọi cán bộ đều quên mật khẩu, chỉ khóa khôi phục này mở được dữ liệu. Khóa chỉ hiện lần này: hãy in ra, cất trong tủ an toàn của xã, không bao giờ để cùng máy tính.</translation>
    </message>
    <message>
        <source>&amp;Save the sheet as PDF…</source>
        <translation>&amp;Lưu tờ khóa thành PDF…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Xong</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Lưu tờ khóa khôi phục</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1. Print it, then delete the file.</source>
        <translation>Đã lưu vào %1. Hãy in ra rồi xóa tệp.</translation>
    </message>
    <message>
        <source>The sheet could not be saved: %1</source>
        <translation>Không lưu được tờ khóa: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>không ghi được %1</translation>
    </message>
    <message>
        <source>MotCua — recovery key of the desk</source>
        <translation>Một cửa — khóa khôi phục của máy</translation>
    </message>
    <message>
        <source>Keep this sheet in the commune&apos;s safe, never with the laptop. With it an administrator opens the desk&apos;s data when every password is forgotten (docs/encryption.md).</source>
        <translation>Hãy cất tờ này trong tủ an toàn của xã, không bao giờ để cùng máy tính. Với tờ này, người quản trị mở được dữ liệu của máy khi mọi mật khẩu đều bị quên (docs/encryption.md).</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::ReviewPage</name>
    <message>
        <source>4. Review</source>
        <translation>4. Kiểm tra lại</translation>
    </message>
    <message>
        <source>Check with the citizen, then save: the dossier gets its code and due date.</source>
        <translation>Đối chiếu với công dân rồi lưu: hồ sơ sẽ được cấp mã và ngày hẹn trả.</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Giấy tờ đã nhận</translation>
    </message>
    <message>
        <source>scan attached</source>
        <translation>có bản quét</translation>
    </message>
    <message>
        <source>Required but not ticked (the dossier may be incomplete):</source>
        <translation>Bắt buộc nhưng chưa đánh dấu (hồ sơ có thể chưa đủ):</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::ScanPreparer</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <source>The image %1 cannot be read.</source>
        <translation>Không đọc được ảnh %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot write the scaled scan %1.</source>
        <translation>Không ghi được bản quét đã thu nhỏ %1.</translation>
    </message>
    <message>
        <source>%1 is %2: sync can carry at most %3 per scan to the province. Scan the paper at a lower resolution or split it into several files, then attach them.</source>
        <translation>%1 có dung lượng %2: đồng bộ chỉ mang được tối đa %3 mỗi bản quét lên tỉnh. Hãy quét giấy tờ với độ phân giải thấp hơn hoặc chia thành nhiều tệp, rồi đính kèm.</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Khóa máy khi không dùng:</translation>
    </message>
    <message>
        <source>Province &amp;server:</source>
        <translation>&amp;Máy chủ của tỉnh:</translation>
    </message>
    <message>
        <source>&amp;Agency (on forms):</source>
        <translation>&amp;Cơ quan (in trên phiếu):</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Xã:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Tỉnh:</translation>
    </message>
    <message>
        <source>&amp;Results returned at:</source>
        <translation>Nơi &amp;trả kết quả:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::SyncPanel</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>Đồng bộ &amp;ngay</translation>
    </message>
    <message>
        <source>&amp;Enroll this computer…</source>
        <translation>Đăng &amp;ký máy này…</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Province server</source>
        <translation>Máy chủ của tỉnh</translation>
    </message>
    <message>
        <source>MotCua works without a network. Every dossier received or moved waits here and is sent by itself when the link to the province server comes back; nothing is lost if the power or the link fails. Without any link for days, take the work to the center on a USB stick (bundle).</source>
        <translation>Một cửa làm việc được khi không có mạng. Mọi hồ sơ tiếp nhận hay chuyển bước đều chờ ở đây và tự gửi đi khi kết nối tới máy chủ của tỉnh có lại; mất điện hay mất mạng cũng không mất dữ liệu. Nếu nhiều ngày không có mạng, hãy mang dữ liệu về trung tâm bằng USB (gói dữ liệu).</translation>
    </message>
    <message>
        <source>This computer is not enrolled yet: enroll it with the code from the province administrator.</source>
        <translation>Máy này chưa được đăng ký: hãy đăng ký bằng mã do quản trị viên của tỉnh cấp.</translation>
    </message>
    <message>
        <source>Server: &lt;b&gt;%1&lt;/b&gt; (commune %2)</source>
        <translation>Máy chủ: &lt;b&gt;%1&lt;/b&gt; (xã %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not enrolled.&lt;/b&gt; This desk keeps everything locally until it is enrolled with the province server.</source>
        <translation>&lt;b&gt;Chưa đăng ký.&lt;/b&gt; Máy này lưu mọi dữ liệu tại chỗ cho tới khi được đăng ký với máy chủ của tỉnh.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n thay đổi chờ gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n second(s).</source>
        <translation>
            <numerusform>Thử lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Sự cố gần nhất: %1</translation>
    </message>
    <message>
        <source>&amp;Enroll again…</source>
        <translation>Đăng &amp;ký lại…</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::SyncStatusWidget</name>
    <message>
        <source>Not enrolled: working offline</source>
        <translation>Chưa đăng ký: làm việc không cần mạng</translation>
    </message>
    <message>
        <source>This computer&apos;s access was revoked</source>
        <translation>Máy này đã bị thu hồi quyền truy cập</translation>
    </message>
    <message>
        <source>Link not checked yet</source>
        <translation>Chưa kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Có kết nối</translation>
    </message>
    <message>
        <source>Captive portal: log in to the Wi-Fi first</source>
        <translation>Mạng Wi-Fi yêu cầu đăng nhập trước</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Đồng bộ lần cuối %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n thay đổi chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync %1, but not everything reached the server</source>
        <translation>Đồng bộ lần cuối %1, nhưng chưa phải mọi thứ đã tới máy chủ</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) did not reach the province: see Sync</source>
        <translation>
            <numerusform>%n hồ sơ chưa tới tỉnh: xem Đồng bộ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s): see Data</source>
        <translation>
            <numerusform>%n xung đột đồng bộ: xem Dữ liệu</numerusform>
        </translation>
    </message>
    <message>
        <source>Data → Sync conflicts: the data clerk chooses, field by field, which values to keep.</source>
        <translation>Dữ liệu → Xung đột đồng bộ: cán bộ quản lý dữ liệu chọn giữ giá trị nào cho từng trường.</translation>
    </message>
</context>
<context>
    <name>motcua::desktop::UnlockDialog</name>
    <message>
        <source>I forgot the password: use the &amp;recovery key</source>
        <translation>Tôi quên mật khẩu: dùng &amp;khóa khôi phục</translation>
    </message>
    <message>
        <source>MotCua — log in</source>
        <translation>Một cửa — đăng nhập</translation>
    </message>
    <message>
        <source>MotCua — turn on encryption</source>
        <translation>Một cửa — bật mã hóa</translation>
    </message>
    <message>
        <source>The citizen data on this computer is encrypted. Log in with your officer account to open it.</source>
        <translation>Dữ liệu công dân trên máy này đã được mã hóa. Hãy đăng nhập bằng tài khoản cán bộ để mở.</translation>
    </message>
    <message>
        <source>This desk&apos;s data is not encrypted yet: anyone who takes the laptop could read it. An administrator logs in once to encrypt it; he then receives the recovery key to keep in the commune&apos;s safe. Nothing is lost.</source>
        <translation>Dữ liệu của máy này chưa được mã hóa: ai lấy được máy tính cũng đọc được. Người quản trị đăng nhập một lần để mã hóa; sau đó nhận khóa khôi phục để cất trong tủ an toàn của xã. Không mất dữ liệu nào.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Khóa khôi phục:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Mã hóa</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Quản trị viên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet in the commune&apos;s safe, the username of an administrator and the new password for that account.</source>
        <translation>Hãy nhập khóa khôi phục trên tờ cất trong tủ an toàn của xã, tên đăng nhập của một quản trị viên và mật khẩu mới cho tài khoản đó.</translation>
    </message>
</context>
<context>
    <name>motcua::print::FormRenderer</name>
    <message>
        <source>No file name was given for the PDF.</source>
        <translation>Chưa có tên tệp cho bản PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>Không ghi được bản PDF vào %1: %2</translation>
    </message>
</context>
<context>
    <name>motcua::protocol</name>
    <message>
        <source>The chunk was damaged on the way: its SHA-256 does not match X-Chunk-SHA256.</source>
        <translation>Phần dữ liệu bị hỏng trên đường truyền: SHA-256 không khớp X-Chunk-SHA256.</translation>
    </message>
    <message>
        <source>Content-Range is not &apos;bytes FIRST-LAST/TOTAL&apos;: %1</source>
        <translation>Content-Range không có dạng &apos;bytes ĐẦU-CUỐI/TỔNG&apos;: %1</translation>
    </message>
    <message>
        <source>The body would be larger than %1 bytes once decompressed.</source>
        <translation>Nội dung sẽ lớn hơn %1 byte khi giải nén.</translation>
    </message>
    <message>
        <source>The body is not valid zstd data (%1).</source>
        <translation>Nội dung không phải dữ liệu zstd hợp lệ (%1).</translation>
    </message>
    <message>
        <source>Out of memory for compression.</source>
        <translation>Không đủ bộ nhớ để nén.</translation>
    </message>
    <message>
        <source>Compression failed: %1</source>
        <translation>Nén thất bại: %1</translation>
    </message>
    <message>
        <source>Out of memory for decompression.</source>
        <translation>Không đủ bộ nhớ để giải nén.</translation>
    </message>
    <message>
        <source>Content-Encoding &apos;%1&apos; is not supported; use zstd or none.</source>
        <translation>Không hỗ trợ Content-Encoding &apos;%1&apos;; dùng zstd hoặc không nén.</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>Nội dung lớn hơn %1 byte.</translation>
    </message>
    <message>
        <source>The device credential is not in the form &apos;Bearer &lt;device id&gt;.&lt;token&gt;&apos;.</source>
        <translation>Thông tin xác thực thiết bị không có dạng &apos;Bearer &lt;mã thiết bị&gt;.&lt;token&gt;&apos;.</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>phải là một chuỗi ký tự</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>phải là số nguyên</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>phải là true hoặc false</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>must be a JSON array</source>
        <translation>phải là một mảng JSON</translation>
    </message>
    <message>
        <source>has the wrong type</source>
        <translation>sai kiểu dữ liệu</translation>
    </message>
    <message>
        <source>must be at most %1 characters long</source>
        <translation>dài tối đa %1 ký tự</translation>
    </message>
    <message>
        <source>must be valid Unicode text</source>
        <translation>phải là văn bản Unicode hợp lệ</translation>
    </message>
    <message>
        <source>nests deeper than %1 levels</source>
        <translation>lồng sâu quá %1 cấp</translation>
    </message>
    <message>
        <source>must have at most %1 items</source>
        <translation>có tối đa %1 phần tử</translation>
    </message>
    <message>
        <source>must have at most %1 members</source>
        <translation>có tối đa %1 thành phần</translation>
    </message>
    <message>
        <source>member names must be lower-case snake_case of at most %1 characters</source>
        <translation>tên thành phần phải viết thường dạng snake_case, tối đa %1 ký tự</translation>
    </message>
    <message>
        <source>member names must be clean text of 1 to %1 characters</source>
        <translation>tên thành phần phải là văn bản sạch từ 1 đến %1 ký tự</translation>
    </message>
    <message>
        <source>must be at most %1 bytes of JSON</source>
        <translation>tối đa %1 byte JSON</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::BlobChunkQuery</name>
    <message>
        <source>is beyond the size</source>
        <translation>vượt quá kích thước</translation>
    </message>
    <message>
        <source>A chunk may hold at most %1 bytes.</source>
        <translation>Một phần dữ liệu chứa tối đa %1 byte.</translation>
    </message>
    <message>
        <source>an empty chunk</source>
        <translation>một phần dữ liệu rỗng</translation>
    </message>
    <message>
        <source>the chunk ends after the declared size</source>
        <translation>phần dữ liệu kết thúc sau kích thước đã khai</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::BlobStatus</name>
    <message>
        <source>is more than the size</source>
        <translation>lớn hơn kích thước</translation>
    </message>
    <message>
        <source>is true before all bytes were received</source>
        <translation>là true khi chưa nhận đủ dữ liệu</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::ByteRange</name>
    <message>
        <source>The requested range is outside the file (%1 bytes).</source>
        <translation>Khoảng yêu cầu nằm ngoài tệp (%1 byte).</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::DeviceCredential</name>
    <message>
        <source>This request needs the device credential (Authorization: Bearer …).</source>
        <translation>Yêu cầu này cần thông tin xác thực thiết bị (Authorization: Bearer …).</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::JsonReader</name>
    <message>
        <source>a SHA-256 digest in 64 lower-case hex digits</source>
        <translation>một mã SHA-256 gồm 64 chữ số hex viết thường</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>phải là %1</translation>
    </message>
    <message>
        <source>an entity name (lower-case letters, digits and &apos;_&apos;)</source>
        <translation>một tên thực thể (chữ thường, chữ số và &apos;_&apos;)</translation>
    </message>
    <message>
        <source>an enrollment code like 7K2M-Q9XD-4HRT</source>
        <translation>một mã đăng ký dạng 7K2M-Q9XD-4HRT</translation>
    </message>
    <message>
        <source>1 to 40 characters of A-Z, a-z, 0-9, &apos;.&apos;, &apos;+&apos;, &apos;-&apos; and &apos;_&apos;</source>
        <translation>từ 1 đến 40 ký tự A-Z, a-z, 0-9, &apos;.&apos;, &apos;+&apos;, &apos;-&apos; và &apos;_&apos;</translation>
    </message>
    <message>
        <source>an Ed25519 public key: 32 bytes in base64url without padding</source>
        <translation>một khóa công khai Ed25519: 32 byte base64url không đệm</translation>
    </message>
    <message>
        <source>32 bytes in base64url without padding (43 characters)</source>
        <translation>32 byte base64url không đệm (43 ký tự)</translation>
    </message>
    <message>
        <source>five digits</source>
        <translation>năm chữ số</translation>
    </message>
    <message>
        <source>four characters of 0-9 and A-Z without I, L, O and U</source>
        <translation>bốn ký tự 0-9 và A-Z, trừ I, L, O và U</translation>
    </message>
    <message>
        <source>an Ed25519 signature: 64 bytes in base64url without padding</source>
        <translation>một chữ ký Ed25519: 64 byte base64url không đệm</translation>
    </message>
    <message>
        <source>province_public_key and device_certificate come together</source>
        <translation>province_public_key và device_certificate phải đi cùng nhau</translation>
    </message>
    <message>
        <source>dotted lower-case words (e.g. auth.revoked)</source>
        <translation>các từ viết thường nối bằng dấu chấm (ví dụ auth.revoked)</translation>
    </message>
    <message>
        <source>the body is larger than %1 bytes</source>
        <translation>nội dung lớn hơn %1 byte</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>không phải JSON hợp lệ (%1 tại byte %2)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>trường không xác định</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>là bắt buộc</translation>
    </message>
    <message>
        <source>must be %1 to %2 characters long</source>
        <translation>dài từ %1 đến %2 ký tự</translation>
    </message>
    <message>
        <source>must not contain control characters or leading or trailing spaces</source>
        <translation>không được chứa ký tự điều khiển hoặc khoảng trắng ở đầu hay cuối</translation>
    </message>
    <message>
        <source>a UUID in lower-case hex (36 characters)</source>
        <translation>một UUID hex viết thường (36 ký tự)</translation>
    </message>
    <message>
        <source>must be an integer ≥ %1</source>
        <translation>phải là số nguyên ≥ %1</translation>
    </message>
    <message>
        <source>must be an integer ≤ %1</source>
        <translation>phải là số nguyên ≤ %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <source>must have %1 to %2 items</source>
        <translation>có từ %1 đến %2 phần tử</translation>
    </message>
    <message>
        <source>must be a SHA-256 digest in 64 lower-case hex digits</source>
        <translation>phải là mã SHA-256 gồm 64 chữ số hex viết thường</translation>
    </message>
    <message>
        <source>repeats an earlier item</source>
        <translation>lặp lại một phần tử trước đó</translation>
    </message>
    <message>
        <source>16 to 64 characters of A-Z, a-z, 0-9, &apos;-&apos; and &apos;_&apos;</source>
        <translation>từ 16 đến 64 ký tự A-Z, a-z, 0-9, &apos;-&apos; và &apos;_&apos;</translation>
    </message>
    <message>
        <source>an ISO 8601 date and time with an offset</source>
        <translation>một ngày giờ ISO 8601 có múi giờ</translation>
    </message>
    <message>
        <source>1 to 256 characters of A-Z, a-z, 0-9, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;~&apos;</source>
        <translation>từ 1 đến 256 ký tự A-Z, a-z, 0-9, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; và &apos;~&apos;</translation>
    </message>
    <message>
        <source>repeats ops[%1].op_id</source>
        <translation>lặp lại ops[%1].op_id</translation>
    </message>
    <message>
        <source>dotted lower-case words (e.g. entity.unknown)</source>
        <translation>các từ viết thường nối bằng dấu chấm (ví dụ entity.unknown)</translation>
    </message>
    <message>
        <source>applied, duplicate, conflict or rejected</source>
        <translation>applied, duplicate, conflict hoặc rejected</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::PingQuery</name>
    <message>
        <source>must be %1</source>
        <translation>phải là %1</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::PingResponse</name>
    <message>
        <source>The answer was not made for this request (a cache or a proxy answered).</source>
        <translation>Câu trả lời không dành cho yêu cầu này (bộ nhớ đệm hoặc proxy đã trả lời).</translation>
    </message>
    <message>
        <source>The address answers, but it is not a MotCua sync server of protocol 2.</source>
        <translation>Địa chỉ này có trả lời nhưng không phải máy chủ đồng bộ MotCua theo giao thức 2.</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::PullQuery</name>
    <message>
        <source>must be %1</source>
        <translation>phải là %1</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::PullResponse</name>
    <message>
        <source>must be a JSON object</source>
        <translation>phải là một đối tượng JSON</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::PushResponse</name>
    <message>
        <source>must be a JSON object</source>
        <translation>phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>answers another batch</source>
        <translation>trả lời cho lô khác</translation>
    </message>
    <message>
        <source>has %1 results for %2 ops</source>
        <translation>có %1 kết quả cho %2 thao tác</translation>
    </message>
    <message>
        <source>does not answer ops[%1]</source>
        <translation>không trả lời ops[%1]</translation>
    </message>
    <message>
        <source>is not the record of ops[%1]</source>
        <translation>không phải bản ghi của ops[%1]</translation>
    </message>
    <message>
        <source>is not among ops[%1].blob_refs</source>
        <translation>không có trong ops[%1].blob_refs</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::PushResult</name>
    <message>
        <source>is only for applied and duplicate ops</source>
        <translation>chỉ dành cho thao tác applied và duplicate</translation>
    </message>
</context>
<context>
    <name>motcua::protocol::QueryReader</name>
    <message>
        <source>unknown parameter</source>
        <translation>tham số không xác định</translation>
    </message>
    <message>
        <source>given more than once</source>
        <translation>được cho nhiều lần</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>là bắt buộc</translation>
    </message>
    <message>
        <source>must be a decimal integer</source>
        <translation>phải là số nguyên thập phân</translation>
    </message>
    <message>
        <source>must be an integer from %1 to %2</source>
        <translation>phải là số nguyên từ %1 đến %2</translation>
    </message>
</context>
<context>
    <name>motcua::sync</name>
    <message>
        <source>The scan %1 downloaded from the server is damaged.</source>
        <translation>Bản quét %1 tải từ máy chủ bị hỏng.</translation>
    </message>
    <message>
        <source>The network answered with a login or notice page instead of the province server. Open a web browser to sign in to this network.</source>
        <translation>Mạng trả về trang đăng nhập hoặc thông báo thay vì máy chủ của tỉnh. Hãy mở trình duyệt để đăng nhập vào mạng này.</translation>
    </message>
    <message>
        <source>The network redirects to a login page. Open a web browser to sign in to this network.</source>
        <translation>Mạng chuyển hướng tới trang đăng nhập. Hãy mở trình duyệt để đăng nhập vào mạng này.</translation>
    </message>
    <message>
        <source>The province server answered the ping with an error: %1</source>
        <translation>Máy chủ của tỉnh trả lời kiểm tra kết nối bằng lỗi: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address: expect https://host[:port]</source>
        <translation>&quot;%1&quot; không phải địa chỉ máy chủ: cần dạng https://máy[:cổng]</translation>
    </message>
    <message>
        <source>The province server must be reached with https:// (plain http is for this computer only).</source>
        <translation>Phải kết nối tới máy chủ của tỉnh bằng https:// (http chỉ dùng cho chính máy này).</translation>
    </message>
    <message>
        <source>This device was revoked by the province; ask the administrator for a new enrollment code.</source>
        <translation>Tỉnh đã thu hồi quyền của máy này; hãy xin quản trị viên mã đăng ký mới.</translation>
    </message>
    <message>
        <source>This device is not enrolled with the province server (or its credential was refused): enroll it with a new code from the administrator.</source>
        <translation>Máy này chưa đăng ký với máy chủ của tỉnh (hoặc khóa truy cập bị từ chối): hãy đăng ký bằng mã mới do quản trị viên cấp.</translation>
    </message>
    <message>
        <source>This enrollment code is not known to the server: check that it was typed correctly.</source>
        <translation>Máy chủ không biết mã đăng ký này: hãy kiểm tra đã gõ đúng chưa.</translation>
    </message>
    <message>
        <source>This enrollment code was used already: ask the administrator for a new one.</source>
        <translation>Mã đăng ký này đã được dùng: hãy xin quản trị viên mã mới.</translation>
    </message>
    <message>
        <source>This enrollment code has expired: ask the administrator for a new one.</source>
        <translation>Mã đăng ký này đã hết hạn: hãy xin quản trị viên mã mới.</translation>
    </message>
    <message>
        <source>Too many attempts: wait a few minutes and try again.</source>
        <translation>Thử quá nhiều lần: hãy đợi vài phút rồi thử lại.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enrollment code: expect 12 letters and digits like 7K2M-Q9XD-4HRT.</source>
        <translation>&quot;%1&quot; không phải mã đăng ký: cần 12 chữ cái và chữ số, như 7K2M-Q9XD-4HRT.</translation>
    </message>
    <message>
        <source>Syncing was stopped.</source>
        <translation>Đã dừng đồng bộ.</translation>
    </message>
    <message>
        <source>The server says it has more changes but sends none.</source>
        <translation>Máy chủ báo còn thay đổi nhưng không gửi về.</translation>
    </message>
    <message>
        <source>nothing answers at this address (the server is stopped or the address is wrong)</source>
        <translation>không có gì trả lời ở địa chỉ này (máy chủ đang tắt hoặc địa chỉ sai)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>máy chủ đã đóng kết nối</translation>
    </message>
    <message>
        <source>the server&apos;s name was not found (check the address and the network)</source>
        <translation>không tìm thấy tên máy chủ (hãy kiểm tra địa chỉ và mạng)</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>máy chủ không trả lời kịp</translation>
    </message>
    <message>
        <source>this computer has no network</source>
        <translation>máy này không có mạng</translation>
    </message>
    <message>
        <source>the proxy of this network does not let the connection through</source>
        <translation>proxy của mạng này không cho kết nối đi qua</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>không thiết lập được kết nối bảo mật</translation>
    </message>
</context>
<context>
    <name>motcua::sync::HttpClient</name>
    <message>
        <source>The province CA file holds no PEM certificate.</source>
        <translation>Tệp CA của tỉnh không chứa chứng thư PEM nào.</translation>
    </message>
    <message>
        <source>Syncing was stopped.</source>
        <translation>Đã dừng đồng bộ.</translation>
    </message>
    <message>
        <source>The server stopped answering (nothing moved for %1 seconds).</source>
        <translation>Máy chủ ngừng trả lời (không có dữ liệu trong %1 giây).</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than the protocol allows.</source>
        <translation>Câu trả lời của máy chủ lớn hơn mức giao thức cho phép.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (is this the province server?): %1</source>
        <translation>Chứng thư của máy chủ không đáng tin cậy (đây có phải máy chủ của tỉnh?): %1</translation>
    </message>
    <message>
        <source>The province server cannot be reached: %1</source>
        <translation>Không kết nối được tới máy chủ của tỉnh: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be decoded.</source>
        <translation>Không giải mã được câu trả lời của máy chủ.</translation>
    </message>
    <message>
        <source>Something between this computer and the province server answered instead of it (HTTP %1).</source>
        <translation>Một thiết bị nằm giữa máy này và máy chủ của tỉnh đã trả lời thay (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without a valid error description.</source>
        <translation>Máy chủ trả lời HTTP %1 mà không mô tả lỗi hợp lệ.</translation>
    </message>
    <message>
        <source>The connection dropped while the server&apos;s answer arrived: %1</source>
        <translation>Kết nối bị ngắt khi câu trả lời của máy chủ đang về: %1</translation>
    </message>
</context>
<context>
    <name>motcua::sync::Pusher</name>
    <message>
        <source>Syncing was stopped.</source>
        <translation>Đã dừng đồng bộ.</translation>
    </message>
</context>
<context>
    <name>motcua::sync::ScanUploader</name>
    <message>
        <source>Syncing was stopped.</source>
        <translation>Đã dừng đồng bộ.</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) could not be completed on the server; they will be tried again.</source>
        <translation>
            <numerusform>%n bản quét chưa hoàn tất được trên máy chủ; sẽ thử gửi lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server acknowledged more bytes than the scan has.</source>
        <translation>Máy chủ xác nhận nhiều byte hơn kích thước bản quét.</translation>
    </message>
</context>
<context>
    <name>motcua::sync::SyncEngine</name>
    <message>
        <source>This device is not enrolled with the province server: run the enrollment with a code from the administrator.</source>
        <translation>Máy này chưa đăng ký với máy chủ của tỉnh: hãy đăng ký bằng mã do quản trị viên cấp.</translation>
    </message>
</context>
<context>
    <name>motcua::vault::BlobCipher</name>
    <message>
        <source>The encrypted scan could not be written (the disk may be full): %1</source>
        <translation>Không ghi được bản quét đã mã hóa (có thể ổ đĩa đã đầy): %1</translation>
    </message>
    <message>
        <source>The file could not be read to the end: %1</source>
        <translation>Không đọc được tệp đến hết: %1</translation>
    </message>
    <message>
        <source>The scan file is damaged or was changed: it does not pass its integrity check.</source>
        <translation>Tệp bản quét bị hỏng hoặc đã bị sửa: không qua được kiểm tra toàn vẹn.</translation>
    </message>
</context>
<context>
    <name>motcua::vault::KeySlots</name>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Không đọc được tệp khóa %1: %2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged (%2). Open the folder with the recovery key from the safe, or restore the key file from a backup.</source>
        <translation>Tệp khóa %1 bị hỏng (%2). Hãy mở thư mục bằng khóa khôi phục cất trong tủ an toàn, hoặc khôi phục tệp khóa từ bản sao lưu.</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>định dạng không rõ</translation>
    </message>
    <message>
        <source>no store id</source>
        <translation>không có mã kho dữ liệu</translation>
    </message>
    <message>
        <source>a slot is incomplete</source>
        <translation>một ô khóa không đầy đủ</translation>
    </message>
    <message>
        <source>The key file could not be saved: %1</source>
        <translation>Không lưu được tệp khóa: %1</translation>
    </message>
    <message>
        <source>The encryption library cannot start.</source>
        <translation>Thư viện mã hóa không khởi động được.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password (argon2id needs %1 MB).</source>
        <translation>Không đủ bộ nhớ để bảo vệ mật khẩu (argon2id cần %1 MB).</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>Not enough memory to check the password (argon2id needs %1 MB).</source>
        <translation>Không đủ bộ nhớ để kiểm tra mật khẩu (argon2id cần %1 MB).</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this data folder.</source>
        <translation>Khóa khôi phục này không thuộc thư mục dữ liệu này.</translation>
    </message>
    <message>
        <source>This data folder has no recovery key.</source>
        <translation>Thư mục dữ liệu này không có khóa khôi phục.</translation>
    </message>
</context>
<context>
    <name>motcua::vault::RecoveryKey</name>
    <message>
        <source>The recovery key contains &quot;%1&quot;, which is not one of its letters or digits.</source>
        <translation>Khóa khôi phục có chứa &quot;%1&quot;, không phải một chữ cái hay chữ số của khóa.</translation>
    </message>
    <message>
        <source>A recovery key has %1 letters and digits; %2 were typed.</source>
        <translation>Khóa khôi phục có %1 chữ cái và chữ số; đã nhập %2.</translation>
    </message>
</context>
<context>
    <name>motcua::vault::Vault</name>
    <message>
        <source>The data folder is locked: log in first.</source>
        <translation>Thư mục dữ liệu đang khóa: hãy đăng nhập trước.</translation>
    </message>
    <message>
        <source>The store uses pages of %1 bytes; only %2 can be encrypted.</source>
        <translation>Kho dữ liệu dùng trang %1 byte; chỉ mã hóa được trang %2 byte.</translation>
    </message>
    <message>
        <source>The scan %1 cannot be read: %2</source>
        <translation>Không đọc được bản quét %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 already holds MotCua data.</source>
        <translation>Thư mục %1 đã chứa dữ liệu MotCua.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Không tạo được thư mục dữ liệu %1.</translation>
    </message>
    <message>
        <source>This data folder is not encrypted.</source>
        <translation>Thư mục dữ liệu này chưa được mã hóa.</translation>
    </message>
    <message>
        <source>This data folder has no clear store to convert.</source>
        <translation>Thư mục dữ liệu này không có kho dữ liệu chưa mã hóa để chuyển đổi.</translation>
    </message>
    <message>
        <source>The encryption layer cannot start.</source>
        <translation>Lớp mã hóa không khởi động được.</translation>
    </message>
    <message>
        <source>Only an administrator can turn on the encryption of this desk.</source>
        <translation>Chỉ người quản trị mới bật được mã hóa cho máy này.</translation>
    </message>
</context>
</TS>
