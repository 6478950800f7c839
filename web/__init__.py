"""The Flask explorer: app factory, blueprints per page area, the store kept per app."""

from __future__ import annotations

from flask import Flask

from web import store as store_ext


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app; config from defaults, then ``KG_*`` environment variables, then test_config."""
    app = Flask(__name__)
    from kg.config import Settings

    s = Settings.from_env()
    app.config.from_mapping(
        KG_STORE=str(s.store),
        KG_BACKEND=s.backend,
        KG_CORPUS=str(s.corpus),
        KG_QUERY_TIMEOUT=s.query_timeout,
        KG_MAX_ROWS=s.max_rows,
        KG_ADMIN_TOKEN=None,
        MAX_CONTENT_LENGTH=s.max_upload,
        KG_MAP_MAX_EDGES=1500,
        KG_LOCAL_MAP_MAX_EDGES=300,  # a concept's or paper's own map
        KG_PAGE_SIZE=50,  # rows per page of a long list
        KG_CONTESTED_PAGE=20,  # contested links per page
    )
    if test_config:
        app.config.update(test_config)
    store_ext.init_app(app)
    from web import api, pages, sparql

    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(sparql.bp)
    return app
