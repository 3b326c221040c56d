"""Documents as Django frameworks emit them: Django Ninja (OpenAPI 3.1) and drf-yasg (Swagger 2.0)."""
import json
import sys

import django
from django.conf import settings

settings.configure(
    DEBUG=True,
    SECRET_KEY="corpus",
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "rest_framework", "drf_yasg"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    USE_TZ=True,
)
django.setup()

from datetime import date  # noqa: E402
from typing import List, Optional  # noqa: E402

from django.urls import path  # noqa: E402
from ninja import File, Form, NinjaAPI, Query, Schema  # noqa: E402
from ninja.files import UploadedFile  # noqa: E402
from ninja.security import APIKeyHeader, HttpBearer  # noqa: E402
from rest_framework import serializers, viewsets, routers  # noqa: E402
from rest_framework.decorators import action  # noqa: E402
from rest_framework.parsers import MultiPartParser  # noqa: E402
from rest_framework.response import Response  # noqa: E402


class Bearer(HttpBearer):
    def authenticate(self, request, token):
        return token


class Key(APIKeyHeader):
    param_name = "X-API-Key"

    def authenticate(self, request, key):
        return key


class EmployeeIn(Schema):
    first_name: str
    last_name: str
    department_id: Optional[int] = None
    birthdate: Optional[date] = None


class EmployeeOut(EmployeeIn):
    id: int


class Filters(Schema):
    department: Optional[int] = None
    q: Optional[str] = None


def ninja_employees():
    api = NinjaAPI(title="Employees", version="1.0.0", urls_namespace="employees", auth=Bearer())

    @api.get("/employees", response=List[EmployeeOut])
    def list_employees(request, filters: Query[Filters]):
        return []

    @api.post("/employees", response={201: EmployeeOut, 400: dict})
    def create_employee(request, payload: EmployeeIn):
        return 201, payload

    @api.get("/employees/{employee_id}", response=EmployeeOut)
    def get_employee(request, employee_id: int):
        return None

    @api.post("/employees/{employee_id}/cv")
    def upload_cv(request, employee_id: int, cv: File[UploadedFile], note: Form[str] = ""):
        return {"name": cv.name}

    @api.delete("/employees/{employee_id}", response={204: None})
    def delete_employee(request, employee_id: int):
        return 204, None

    return api


def ninja_inventory():
    api = NinjaAPI(title="Inventory", version="2", urls_namespace="inventory", auth=Key())

    class Item(Schema):
        sku: str
        quantity: int = 0
        location: Optional[str] = None
        tags: List[str] = []

    @api.get("/items", response=List[Item])
    def items(request, tag: List[str] = Query(None), limit: int = 10):
        return []

    @api.put("/items/{sku}", response=Item)
    def put_item(request, sku: str, item: Item):
        return item

    @api.post("/items/{sku}/adjust", response=Item)
    def adjust(request, sku: str, delta: Form[int]):
        return None

    return api


class AuthorSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(max_length=100)
    email = serializers.EmailField(required=False, allow_null=True)
    born = serializers.DateField(required=False, allow_null=True)


class BookSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    title = serializers.CharField()
    genre = serializers.ChoiceField(choices=["fiction", "science", "history"])
    authors = AuthorSerializer(many=True)
    price = serializers.DecimalField(max_digits=6, decimal_places=2, required=False)
    isbn = serializers.CharField(required=False, allow_null=True, allow_blank=True)


class CoverSerializer(serializers.Serializer):
    image = serializers.ImageField()
    caption = serializers.CharField(required=False)


class BookViewSet(viewsets.ViewSet):
    serializer_class = BookSerializer

    def list(self, request):
        return Response([])

    def create(self, request):
        return Response({})

    def retrieve(self, request, pk=None):
        return Response({})

    def update(self, request, pk=None):
        return Response({})

    def destroy(self, request, pk=None):
        return Response(status=204)

    @action(detail=True, methods=["post"], parser_classes=[MultiPartParser], serializer_class=CoverSerializer)
    def cover(self, request, pk=None):
        return Response({})


class AuthorViewSet(viewsets.ViewSet):
    serializer_class = AuthorSerializer

    def list(self, request):
        return Response([])

    def retrieve(self, request, pk=None):
        return Response({})

    def partial_update(self, request, pk=None):
        return Response({})


router = routers.DefaultRouter()
router.register("books", BookViewSet, basename="book")
router.register("authors", AuthorViewSet, basename="author")

employees = ninja_employees()
inventory = ninja_inventory()
urlpatterns = [
    path("api/", employees.urls),
    path("inventory/", inventory.urls),
] + router.urls


def yasg_schema():
    from drf_yasg import openapi
    from drf_yasg.generators import OpenAPISchemaGenerator

    info = openapi.Info(title="Library", default_version="v1", description="Books and authors")
    generator = OpenAPISchemaGenerator(info, url="https://library.example.com/")
    return generator.get_schema(request=None, public=True)


if __name__ == "__main__":
    out = sys.argv[1]
    for name, api in {"employees": employees, "inventory": inventory}.items():
        with open(f"{out}/ninja-{name}.json", "w") as f:
            json.dump(api.get_openapi_schema(), f, indent=2)
    from drf_yasg.codecs import OpenAPICodecJson

    with open(f"{out}/drf-yasg-library.json", "wb") as f:
        f.write(OpenAPICodecJson(validators=[]).encode(yasg_schema()))
