"""OpenAPI 3.1 documents as FastAPI emits them, for several small but typical services."""
import json
import sys
from datetime import date, datetime
from enum import Enum
from typing import Annotated, Dict, List, Literal, Optional, Union
from uuid import UUID

from fastapi import Body, Cookie, Depends, FastAPI, File, Form, Header, Path, Query, UploadFile
from fastapi.security import APIKeyHeader, HTTPBasic, HTTPBearer, OAuth2PasswordBearer
from pydantic import BaseModel, Field


class Status(str, Enum):
    available = "available"
    pending = "pending"
    sold = "sold"


class Tag(BaseModel):
    id: int
    name: str = Field(description="The tag's name", max_length=40)


class Pet(BaseModel):
    id: Optional[int] = None
    name: str
    status: Status = Status.available
    tags: List[Tag] = []
    birthday: Optional[date] = None
    weight: Optional[float] = Field(default=None, gt=0, lt=500)
    owner: Optional["Owner"] = None
    kind: Literal["pet"] = "pet"


class Owner(BaseModel):
    id: UUID
    email: Optional[str] = None
    pets: List[Pet] = []


def pets(out):
    app = FastAPI(title="Pets", version="1.0.0", summary="A pet store on FastAPI")

    @app.get("/pets", response_model=List[Pet], tags=["pets"])
    def list_pets(status: Optional[Status] = None, tags: Annotated[Optional[List[str]], Query()] = None,
                  limit: int = Query(20, ge=1, le=100)):
        return []

    @app.post("/pets", response_model=Pet, status_code=201, tags=["pets"])
    def create_pet(pet: Pet):
        return pet

    @app.get("/pets/{pet_id}", response_model=Pet, responses={404: {"description": "Not found"}}, tags=["pets"])
    def get_pet(pet_id: int = Path(ge=1)):
        return None

    @app.put("/pets/{pet_id}/photo", tags=["pets"])
    def upload_photo(pet_id: int, photo: UploadFile = File(...), caption: Optional[str] = Form(None)):
        return {"size": 0}

    @app.delete("/pets/{pet_id}", status_code=204, tags=["pets"])
    def delete_pet(pet_id: int, x_request_id: Optional[str] = Header(None)):
        return None

    return app


class TodoIn(BaseModel):
    title: str
    done: bool = False
    due: Optional[datetime] = None
    priority: Union[int, str, None] = None


class TodoOut(TodoIn):
    id: int
    created: datetime


class Page(BaseModel):
    items: List[TodoOut]
    total: int
    next: Optional[str] = None


def todos(out):
    app = FastAPI(title="Todos", version="2")
    bearer = HTTPBearer()

    @app.get("/todos", response_model=Page)
    def list_todos(q: Optional[str] = None, page: int = 1, credentials=Depends(bearer)):
        return None

    @app.post("/todos", response_model=TodoOut)
    def create(todo: TodoIn, credentials=Depends(bearer)):
        return None

    @app.patch("/todos/{todo_id}", response_model=TodoOut)
    def update(todo_id: int, todo: Dict[str, Union[str, bool, None]], credentials=Depends(bearer)):
        return None

    @app.get("/todos/{todo_id}/history", response_model=List[Dict[str, str]])
    def history(todo_id: int, since: Optional[datetime] = None):
        return []

    return app


class Shape(BaseModel):
    kind: str


class Circle(BaseModel):
    kind: Literal["circle"]
    radius: float


class Square(BaseModel):
    kind: Literal["square"]
    side: float


class Drawing(BaseModel):
    shapes: List[Annotated[Union[Circle, Square], Field(discriminator="kind")]]
    background: Optional[Union[Circle, Square]] = None
    meta: Dict[str, int] = {}


def drawings(out):
    app = FastAPI(title="Drawings", version="0.1")
    key = APIKeyHeader(name="X-Key")

    @app.post("/drawings", response_model=Drawing)
    def create(drawing: Drawing, k=Depends(key)):
        return drawing

    @app.get("/drawings/{drawing_id}", response_model=Drawing)
    def get(drawing_id: UUID, version: Optional[int] = None, session: Optional[str] = Cookie(None)):
        return None

    @app.post("/render")
    def render(drawing: Drawing, width: int = Body(...), height: int = Body(...)):
        return {}

    return app


class Credentials(BaseModel):
    username: str
    password: str = Field(min_length=8)


class Token(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: Optional[int] = None


def auth(out):
    app = FastAPI(title="Auth", version="1")
    oauth = OAuth2PasswordBearer(tokenUrl="token")
    basic = HTTPBasic()

    @app.post("/token", response_model=Token)
    def token(username: str = Form(...), password: str = Form(...), scope: str = Form("")):
        return None

    @app.get("/me", response_model=Credentials)
    def me(token: str = Depends(oauth)):
        return None

    @app.get("/admin/users", response_model=List[str])
    def users(c=Depends(basic), active: Optional[bool] = None):
        return []

    @app.post("/admin/users/import")
    def import_users(files: List[UploadFile] = File(...), c=Depends(basic)):
        return {}

    return app


APPS = {"pets": pets, "todos": todos, "drawings": drawings, "auth": auth}

if __name__ == "__main__":
    out = sys.argv[1]
    Pet.model_rebuild()
    for name, build in APPS.items():
        with open(f"{out}/fastapi-{name}.json", "w") as f:
            json.dump(build(out).openapi(), f, indent=2)
