"""Datasette plugin loaded by `foiakit browse`: /-/foiakit/page/SHA256/N.png draws a stored page (its redaction
boxes outlined, as `foiakit show --png` does), and `page_image` cells of the canned queries link to it."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

PAGE_ROUTE = r"^/-/foiakit/page/(?P<sha256>[0-9a-f]{64})/(?P<page>\d{1,6})\.png$"
PAGE_LINK = re.compile(r"^/-/foiakit/page/([0-9a-f]{64})/(\d{1,6})\.png$")


def _store(datasette: Any) -> Path | None:
    for database in datasette.databases.values():
        if database.path:
            return Path(database.path)
    return None


async def page_png(datasette: Any, request: Any) -> Response:
    from foiakit.errors import FoiakitError
    from foiakit.report.page_images import render_page
    from foiakit.store import db

    store = _store(datasette)
    if store is None:
        return Response.text("no store is open", status=404)
    sha256, number = request.url_vars["sha256"], int(request.url_vars["page"])
    conn = db.connect(store)
    try:
        picture = render_page(conn, sha256, number, max_width=1100)
    except FoiakitError as exc:
        return Response.text(str(exc), status=404)
    finally:
        conn.close()
    buffer = io.BytesIO()
    picture.image.save(buffer, format="PNG")
    return Response(buffer.getvalue(), content_type="image/png")


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [(PAGE_ROUTE, page_png)]


@hookimpl
def render_cell(value: Any, column: str) -> Markup | None:
    if column != "page_image" or not isinstance(value, str):
        return None
    found = PAGE_LINK.match(value)
    if found is None:
        return None
    return Markup(f'<a href="{escape(value)}">page {int(found.group(2))}</a>')
