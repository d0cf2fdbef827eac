"""Orders and their lines (tickets for one performance)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Numeric, UniqueConstraint
from sqlmodel import Field, SQLModel

from crm.coltypes import UTCDateTime


class Order(SQLModel, table=True):
    __tablename__ = "ticket_order"
    id: int | None = Field(default=None, primary_key=True)
    external_id: str = Field(max_length=120, unique=True)
    # Kept (set to NULL) when a patron is erased: the sale stays in the accounts, anonymous.
    patron_id: int | None = Field(
        default=None, foreign_key="patron.id", ondelete="SET NULL", index=True
    )
    ordered_at: datetime = Field(sa_type=UTCDateTime, index=True)
    channel: str | None = Field(default=None, max_length=40)
    status: str = Field(default="paid", max_length=20)


class OrderLine(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("order_id", "performance_id"),)
    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="ticket_order.id", ondelete="CASCADE", index=True)
    performance_id: int = Field(foreign_key="performance.id", ondelete="CASCADE", index=True)
    quantity: int = Field(ge=0)
    unit_price: Decimal = Field(sa_type=Numeric(10, 2))
    attended: int | None = None  # tickets scanned at the door, when known
