"""OpenAPI 3.1 documents as Litestar emits them."""
import json
import sys
from dataclasses import dataclass, field
from datetime import datetime
from typing import Annotated, Dict, List, Literal, Optional, Union

from litestar import Litestar, delete, get, patch, post, put
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.params import Body, Parameter


@dataclass
class Book:
    id: int
    title: str
    authors: List[str]
    isbn: Optional[str] = None
    published: Optional[datetime] = None
    format: Literal["paper", "ebook"] = "paper"
    ratings: Dict[str, float] = field(default_factory=dict)


@dataclass
class BookPatch:
    title: Optional[str] = None
    isbn: Optional[str] = None


@dataclass
class Cover:
    data: UploadFile
    note: Optional[str] = None


@get("/books")
async def list_books(author: Optional[str] = None, tag: Optional[List[str]] = None,
                     limit: Annotated[int, Parameter(ge=1, le=50)] = 10) -> List[Book]:
    return []


@post("/books")
async def create_book(data: Book) -> Book:
    return data


@get("/books/{book_id:int}")
async def get_book(book_id: int, x_trace: Annotated[Optional[str], Parameter(header="X-Trace")] = None) -> Book:
    raise NotImplementedError


@patch("/books/{book_id:int}")
async def patch_book(book_id: int, data: BookPatch) -> Book:
    raise NotImplementedError


@put("/books/{book_id:int}/cover")
async def put_cover(book_id: int, data: Annotated[Cover, Body(media_type=RequestEncodingType.MULTI_PART)]) -> None:
    return None


@delete("/books/{book_id:int}")
async def delete_book(book_id: int) -> None:
    return None


@dataclass
class Event:
    kind: Union[Literal["created"], Literal["deleted"]]
    at: datetime
    payload: Optional[Dict[str, Union[int, str]]] = None


@get("/events")
async def events(since: Optional[datetime] = None) -> List[Event]:
    return []


@post("/events/search")
async def search(data: Annotated[Dict[str, str], Body(media_type=RequestEncodingType.URL_ENCODED)]) -> List[Event]:
    return []


if __name__ == "__main__":
    out = sys.argv[1]
    apps = {
        "books": Litestar([list_books, create_book, get_book, patch_book, put_cover, delete_book]),
        "events": Litestar([events, search]),
    }
    for name, app in apps.items():
        with open(f"{out}/litestar-{name}.json", "w") as f:
            json.dump(app.openapi_schema.to_schema(), f, indent=2)
