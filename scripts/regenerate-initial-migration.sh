#!/usr/bin/env bash
# Before the first release only: rebuild migration 0001 from the models.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f crm/migrations/versions/0001_initial_schema.py
tmp=$(mktemp -d)
.venv/bin/python - "$tmp" <<'PY'
import sys
from alembic import command
from crm.migrate import alembic_config
command.revision(alembic_config(f"sqlite:///{sys.argv[1]}/gen.db"), message="initial schema",
                 autogenerate=True, rev_id="0001")
PY
sed -i 's/astext_type=Text()/astext_type=sa.Text()/g' crm/migrations/versions/0001_initial_schema.py
.venv/bin/ruff check -q --fix crm/migrations/versions || true
.venv/bin/ruff format -q crm/migrations/versions
rm -rf "$tmp"
