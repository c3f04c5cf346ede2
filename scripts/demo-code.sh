#!/usr/bin/env bash
# Prints the code an authenticator app would show now for the demo administrator (admin@example.org), whose
# two-factor authentication is on with a published demo key (DemoData.AdministratorAuthenticatorKey). Demo data only.
#   bash scripts/demo-code.sh            the demo administrator's code
#   bash scripts/demo-code.sh KEY        the code for another base32 key (as shown on "Set up two-factor authentication")
set -euo pipefail
python3 - "${1:-LEEDSDEMOADMINKEY234567ABCDEFGHI}" <<'PY'
import base64, hashlib, hmac, struct, sys, time
key = sys.argv[1].replace(" ", "").upper()
key = base64.b32decode(key + "=" * (-len(key) % 8))
digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
offset = digest[-1] & 0x0F
print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000))
PY
