"""Swagger 2.0 documents as flask-restx emits them."""
import json
import sys

from flask import Flask
from flask_restx import Api, Resource, fields, reqparse
from werkzeug.datastructures import FileStorage


def todo_api():
    app = Flask("todos")
    api = Api(app, version="1.0", title="Todo API", description="A simple TodoMVC API",
              authorizations={"apikey": {"type": "apiKey", "in": "header", "name": "X-API-KEY"}},
              security="apikey")
    ns = api.namespace("todos", description="TODO operations")
    todo = api.model("Todo", {
        "id": fields.Integer(readonly=True, description="The task unique identifier"),
        "task": fields.String(required=True, description="The task details"),
        "done": fields.Boolean(default=False),
        "tags": fields.List(fields.String),
        "due": fields.DateTime(),
        "priority": fields.String(enum=["low", "normal", "high"]),
    })
    listing = reqparse.RequestParser()
    listing.add_argument("page", type=int, location="args", default=1)
    listing.add_argument("tag", type=str, location="args", action="append")
    listing.add_argument("X-Request-Id", location="headers")

    @ns.route("/")
    class TodoList(Resource):
        @ns.expect(listing)
        @ns.marshal_list_with(todo)
        def get(self):
            return []

        @ns.expect(todo)
        @ns.marshal_with(todo, code=201)
        def post(self):
            return {}, 201

    @ns.route("/<int:id>")
    @ns.response(404, "Todo not found")
    @ns.param("id", "The task identifier")
    class Todo(Resource):
        @ns.marshal_with(todo)
        def get(self, id):
            return {}

        @ns.response(204, "Todo deleted")
        def delete(self, id):
            return "", 204

        @ns.expect(todo)
        @ns.marshal_with(todo)
        def put(self, id):
            return {}

    return app, api


def files_api():
    app = Flask("files")
    api = Api(app, version="2", title="Files")
    ns = api.namespace("files")
    upload = reqparse.RequestParser()
    upload.add_argument("file", location="files", type=FileStorage, required=True)
    upload.add_argument("folder", location="form", required=False)
    meta = api.model("FileMeta", {
        "name": fields.String(required=True),
        "size": fields.Integer,
        "owner": fields.Nested(api.model("Owner", {"id": fields.String, "name": fields.String})),
        "labels": fields.Raw,
    })
    search = reqparse.RequestParser()
    search.add_argument("q", location="args", required=True)
    search.add_argument("kinds", location="args", action="split")

    @ns.route("/")
    class Files(Resource):
        @ns.expect(upload)
        @ns.marshal_with(meta, code=201)
        def post(self):
            return {}, 201

        @ns.expect(search)
        @ns.marshal_list_with(meta)
        def get(self):
            return []

    @ns.route("/<string:name>")
    class File(Resource):
        @ns.produces(["application/octet-stream"])
        def get(self, name):
            return ""

    return app, api


if __name__ == "__main__":
    out = sys.argv[1]
    for name, build in {"todos": todo_api, "files": files_api}.items():
        app, api = build()
        with app.test_request_context():
            with open(f"{out}/flask-restx-{name}.json", "w") as f:
                json.dump(api.__schema__, f, indent=2)
