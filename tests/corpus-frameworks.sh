#!/usr/bin/env bash
# Writes documents emitted by real frameworks into target/corpus-frameworks/: FastAPI, Litestar and
# Django Ninja (OpenAPI 3.1), flask-restx and drf-yasg (Swagger 2.0), installed from PyPI into
# target/corpus-venv (reused). Then: cargo xtask corpus --dir target/corpus-frameworks
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/target/corpus-venv"
out="$root/target/corpus-frameworks"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet fastapi litestar django-ninja flask-restx drf-yasg djangorestframework python-multipart
fi
rm -rf "$out"
mkdir -p "$out"
for script in fastapi_apps litestar_apps django_apps flask_restx_apps; do
    "$venv/bin/python" "$root/tests/corpus-frameworks/$script.py" "$out"
done
ls "$out"
