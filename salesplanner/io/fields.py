"""What can be imported, and how column headers map to fields (Chinese and English synonyms).

Pure functions over header texts: normalise a header (full-width → half-width, case,
spaces, a unit in brackets split off), score it against each field's synonyms, find the
header row under title rows, guess the kind of sheet, and compute the signature under which a
mapping is remembered for workbooks of the same shape.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

KINDS: tuple[str, ...] = ("sales", "customers", "activities", "targets", "opportunities")

# Full-width ASCII (！ to ～) and the ideographic space → half-width.
FULLWIDTH = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
FULLWIDTH[0x3000] = 0x20
FULLWIDTH[0xFFE5] = ord("¥")  # ￥
FULLWIDTH[0x2212] = ord("-")  # minus sign


@dataclass(frozen=True, slots=True)
class FieldSpec:
    key: str
    type: str  # date | amount | number | int | text | activity | month
    required: bool = False
    exact: tuple[str, ...] = ()  # normalised header texts that mean this field
    contains: tuple[str, ...] = ()  # weaker: the header contains one of these
    strict: bool = False  # only an exact header text (“ID”, not “Customer ID” or “订单编号”)


_S = FieldSpec
_DATE = (
    "日期",
    "成交日期",
    "销售日期",
    "订单日期",
    "下单日期",
    "签约日期",
    "交易日期",
    "成交时间",
    "时间",
    "date",
    "orderdate",
    "saledate",
    "salesdate",
    "dealdate",
    "closedate",
    "invoicedate",
    "transactiondate",
)
_CUSTOMER = (
    "客户",
    "客户名称",
    "客户名",
    "客户姓名",
    "公司",
    "公司名称",
    "单位",
    "单位名称",
    "购买方",
    "买方",
    "客户单位",
    "customer",
    "customername",
    "client",
    "clientname",
    "account",
    "company",
    "companyname",
    "buyer",
)
_AMOUNT = (
    "金额",
    "销售额",
    "销售金额",
    "成交金额",
    "合同金额",
    "交易额",
    "营业额",
    "收入",
    "总额",
    "总金额",
    "实收金额",
    "订单金额",
    "销售收入",
    "成交额",
    "amount",
    "revenue",
    "sales",
    "total",
    "totalsale",
    "totalsales",
    "salesamount",
    "netsales",
    "dealvalue",
    "value",
    "salesrevenue",
)
_NOTE = (
    "备注",
    "说明",
    "附注",
    "note",
    "notes",
    "remark",
    "remarks",
    "comment",
    "comments",
    "memo",
)
# The record ID the plan workbook and CSV export write: SP-<plan id>-D<deal id> / -A<activity id>.
RECORD_ID = re.compile(r"^SP-([0-9a-f]{8})-([DAO])([1-9][0-9]*)$")
RECORD_LETTER = {"sales": "D", "activities": "A", "opportunities": "O"}


def record_id(plan: str, kind: str, record: int) -> str:
    """The ID an export writes for a deal (``kind`` "sales") or an activity of plan ``plan``."""
    return f"SP-{plan}-{RECORD_LETTER[kind]}{record}"


_RECORD_ID = _S("record_id", "text", False, ("id", "编号", "记录编号", "recordid"), (), strict=True)
_REGION = (
    "区域",
    "地区",
    "销售区域",
    "大区",
    "片区",
    "城市",
    "省份",
    "国家",
    "region",
    "area",
    "territory",
    "country",
    "city",
    "province",
)

FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "sales": (
        _S("date", "date", True, _DATE, ("日期", "date")),
        _S("customer", "text", False, _CUSTOMER, ("客户", "customer", "client")),
        _S("amount", "amount", True, _AMOUNT, ("金额", "销售额", "amount", "revenue")),
        _S(
            "quantity",
            "number",
            False,
            (
                "数量",
                "销售数量",
                "销量",
                "件数",
                "订单量",
                "qty",
                "quantity",
                "units",
                "unitssold",
                "pieces",
            ),
            ("数量", "qty", "quantity"),
        ),
        _S(
            "unit_price",
            "amount",
            False,
            ("单价", "售价", "价格", "销售单价", "price", "unitprice", "saleprice", "salesprice"),
            ("单价", "price"),
        ),
        _S(
            "product",
            "text",
            False,
            (
                "产品",
                "产品名称",
                "商品",
                "商品名称",
                "品名",
                "货品",
                "产品类别",
                "品类",
                "项目",
                "product",
                "item",
                "productname",
                "sku",
                "category",
            ),
            ("产品", "商品", "product"),
        ),
        _S(
            "rep",
            "text",
            False,
            (
                "业务员",
                "销售员",
                "销售代表",
                "销售人员",
                "负责人",
                "经办人",
                "姓名",
                "员工",
                "rep",
                "salesperson",
                "salesrep",
                "staff",
                "owner",
                "seller",
            ),
            ("业务员", "销售员"),
        ),
        _S("region", "text", False, _REGION, ("区域", "地区", "region")),
        _S(
            "stage", "text", False, ("阶段", "状态", "销售阶段", "stage", "status", "dealstage"), ()
        ),
        _S("note", "text", False, _NOTE, ("备注",)),
        _RECORD_ID,
    ),
    "customers": (
        _S(
            "name",
            "text",
            True,
            _CUSTOMER + ("名称", "姓名", "name", "yourcompany"),
            ("客户", "公司", "customer", "company"),
        ),
        _S(
            "contact",
            "text",
            False,
            ("联系人", "联系人姓名", "对接人", "contact", "contactname", "contactperson"),
            ("联系人",),
        ),
        _S(
            "phone",
            "text",
            False,
            (
                "电话",
                "手机",
                "联系电话",
                "手机号",
                "手机号码",
                "电话号码",
                "phone",
                "mobile",
                "tel",
                "telephone",
                "contactnumber",
                "phonenumber",
            ),
            ("电话", "手机", "phone"),
        ),
        _S(
            "segment",
            "text",
            False,
            (
                "类别",
                "客户类型",
                "客户类别",
                "客户细分",
                "细分",
                "行业",
                "等级",
                "客户等级",
                "客户级别",
                "级别",
                "分类",
                "segment",
                "customersegment",
                "customertype",
                "type",
                "industry",
                "category",
                "tier",
            ),
            ("类型", "等级", "细分", "级别", "类别", "segment"),
        ),
        _S("region", "text", False, _REGION + ("地址", "address"), ("区域", "地区", "region")),
        _S(
            "birthday",
            "date",
            False,
            ("生日", "出生日期", "birthday", "dob", "birthdate", "dateofbirth"),
            ("生日", "birthday"),
        ),
        _S(
            "next_follow_up",
            "date",
            False,
            (
                "下次跟进",
                "下次联系",
                "跟进日期",
                "下次跟进日期",
                "下次回访",
                "nextfollowup",
                "nextcontact",
                "followup",
                "followupdate",
            ),
            ("跟进", "follow"),
        ),
        _S("priority", "text", False, ("重点", "重点客户", "优先级", "priority", "keyaccount"), ()),
        _S("notes", "text", False, _NOTE, ("备注",)),
    ),
    "activities": (
        _S("date", "date", True, _DATE + ("拜访日期", "活动日期", "跟进日期"), ("日期", "date")),
        _S(
            "activity",
            "activity",
            True,
            (
                "类型",
                "活动类型",
                "活动",
                "拜访类型",
                "方式",
                "跟进方式",
                "拜访方式",
                "行动",
                "type",
                "activity",
                "activitytype",
                "action",
            ),
            ("类型", "activity"),
        ),
        _S(
            "count",
            "int",
            False,
            ("次数", "数量", "个数", "count", "times", "number", "qty"),
            ("次数",),
        ),
        _S("customer", "text", False, _CUSTOMER, ("客户", "customer", "client")),
        _S(
            "outcome",
            "text",
            False,
            ("结果", "进展", "成果", "反馈", "outcome", "result"),
            ("结果",),
        ),
        _S(
            "amount",
            "amount",
            False,
            ("金额", "成交金额", "合同金额", "amount"),
            ("金额", "amount"),
        ),
        _S("note", "text", False, _NOTE + ("内容", "拜访内容", "details"), ("备注",)),
        _RECORD_ID,
    ),
    "targets": (
        _S(
            "month",
            "month",
            True,
            ("月份", "月", "期间", "日期", "month", "period", "date"),
            ("月份", "month"),
        ),
        _S(
            "target",
            "amount",
            True,
            (
                "目标",
                "目标金额",
                "销售目标",
                "任务",
                "任务额",
                "指标",
                "销售指标",
                "target",
                "goal",
                "quota",
                "salestarget",
                "amount",
            ),
            ("目标", "target", "指标"),
        ),
        _S(
            "label",
            "text",
            False,
            ("产品", "区域", "客户", "product", "region", "country", "item", "name", "名称"),
            (),
        ),
    ),
    # deals in flight (商机): a CRM's or a rep's own list of open, won and lost deals
    "opportunities": (
        _S(
            "title",
            "text",
            False,
            (
                "商机",
                "商机名称",
                "项目名称",
                "项目",
                "机会名称",
                "销售机会",
                "opportunity",
                "opportunityname",
                "dealname",
                "deal",
                "project",
                "projectname",
                "title",
            ),
            ("商机", "项目", "opportunity"),
        ),
        _S("customer", "text", True, _CUSTOMER, ("客户", "customer", "client")),
        _S(
            "amount",
            "amount",
            True,
            (
                "预计金额",
                "预计成交金额",
                "预估金额",
                "商机金额",
                "项目金额",
                "预计签约金额",
                "expectedamount",
                "expectedrevenue",
                "estimatedamount",
                "estimatedvalue",
                "opportunityamount",
                "dealamount",
            )
            + _AMOUNT,
            ("金额", "amount", "value"),
        ),
        _S(
            "stage",
            "text",
            False,
            ("阶段", "销售阶段", "商机阶段", "状态", "stage", "dealstage", "salesstage", "status"),
            ("阶段", "stage"),
        ),
        _S(
            "probability",
            "text",
            False,
            (
                "赢率",
                "赢单率",
                "赢单概率",
                "成交概率",
                "成交率",
                "可能性",
                "把握",
                "probability",
                "winprobability",
                "probability%",
                "winrate",
                "likelihood",
            ),
            ("赢率", "概率", "probability"),
        ),
        _S(
            "expected_close",
            "date",
            False,
            (
                "预计成交日期",
                "预计成交时间",
                "预计签约日期",
                "预计签单日期",
                "预计结单日期",
                "预计关闭日期",
                "成交日期",
                "结单日期",
                "expectedclose",
                "expectedclosedate",
                "closedate",
                "estimatedclosedate",
                "closingdate",
            ),
            ("预计", "成交", "close"),
        ),
        _S(
            "next_step",
            "text",
            False,
            (
                "下一步",
                "下一步计划",
                "下一步行动",
                "下步计划",
                "下一步工作",
                "nextstep",
                "nextsteps",
            ),
            ("下一步", "nextstep"),
        ),
        _S(
            "next_step_date",
            "date",
            False,
            ("下一步日期", "下次跟进", "下次跟进日期", "nextstepdate", "nextfollowup"),
            (),
        ),
        _S(
            "created",
            "date",
            False,
            ("创建日期", "创建时间", "立项日期", "录入日期", "created", "createddate", "createdon"),
            ("创建", "created"),
        ),
        _S("product", "text", False, ("产品", "产品名称", "产品线", "product", "productline"), ()),
        _S(
            "channel",
            "text",
            False,
            ("来源", "商机来源", "渠道", "线索来源", "source", "leadsource", "channel"),
            ("来源", "source"),
        ),
        _S(
            "lost_reason",
            "text",
            False,
            ("输单原因", "丢单原因", "失败原因", "lostreason", "reasonlost", "lossreason"),
            ("原因", "reason"),
        ),
        _S("note", "text", False, _NOTE, ("备注",)),
        # a CRM's own deal ID (商机编号, Opportunity ID) names the deal as our export's SP- IDs do
        _S(
            "record_id",
            "text",
            False,
            _RECORD_ID.exact
            + ("商机编号", "商机id", "机会编号", "项目编号", "opportunityid", "dealid", "crmid"),
            (),
            strict=True,
        ),
    ),
}

# The unit a header declares: 金额(万元), 销售额/万, Amount (CNY 10k) …
_UNIT = re.compile(r"^(?P<base>.*?)\s*[(\[【/](?P<unit>[^)\]】]*)[)\]】]?\s*$")
_UNIT_SCALES: tuple[tuple[str, Decimal], ...] = (
    ("百万", Decimal(1_000_000)),
    ("亿", Decimal(100_000_000)),
    ("万", Decimal(10_000)),
    ("千", Decimal(1000)),
    ("10k", Decimal(10_000)),
    ("k", Decimal(1000)),
    ("元", Decimal(1)),
    ("¥", Decimal(1)),
    ("rmb", Decimal(1)),
    ("cny", Decimal(1)),
    ("yuan", Decimal(1)),
)
_NON_WORD = re.compile(r"[\s_\-·.:：#*'\"’‘“”]+")


@dataclass(frozen=True, slots=True)
class Header:
    text: str  # as shown (stripped)
    key: str  # normalised for matching
    scale: Decimal | None  # a unit found in the header (万元 → 10000), else None


def to_halfwidth(text: str) -> str:
    return text.translate(FULLWIDTH)


def normalise_header(value: Any) -> Header:
    if value is None or value == "":
        return Header("", "", None)
    if isinstance(value, dt.datetime | dt.date):
        text = value.isoformat()[:10]
        return Header(text, text, None)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = " ".join(str(value).split())
    half = to_halfwidth(text).strip()
    scale = None
    m = _UNIT.match(half)
    base = half
    if m and m.group("base"):
        unit = m.group("unit").strip().lower()
        for word, factor in _UNIT_SCALES:
            if word in unit:
                scale = factor
                base = m.group("base")
                break
        else:
            base = m.group("base") if unit else half
    elif half.endswith(("万元", "(万)")):
        scale = Decimal(10_000)
        base = half[:-2]
    key = _NON_WORD.sub("", base.lower())
    return Header(text, key, scale)


def _score(spec: FieldSpec, key: str) -> int:
    if not key:
        return 0
    if key in spec.exact:
        return 100
    if spec.strict:
        return 0
    best = 0
    for word in spec.exact:
        if len(word) >= 2 and (key.startswith(word) or key.endswith(word)):
            best = max(best, 60 - min(len(key) - len(word), 20))
    for word in spec.contains:
        if word in key:
            best = max(best, 40 - min(len(key) - len(word), 20))
    return best


@dataclass(slots=True)
class Mapping:
    """field → position in the header list (None = not in this sheet)."""

    kind: str
    columns: dict[str, int]
    scores: dict[str, int]

    def missing_required(self) -> list[str]:
        out = []
        for spec in FIELDS[self.kind]:
            if spec.required and spec.key not in self.columns:
                if (
                    self.kind == "sales"
                    and spec.key == "amount"
                    and {"quantity", "unit_price"} <= set(self.columns)
                ):
                    continue  # amount = quantity × unit price
                out.append(spec.key)
        return out

    def total(self) -> int:
        """How well the headers fit this kind (a record ID column says nothing about the kind)."""
        return sum(v for k, v in self.scores.items() if k != "record_id")


def field_spec(kind: str, key: str) -> FieldSpec:
    for spec in FIELDS[kind]:
        if spec.key == key:
            return spec
    raise KeyError(key)


# The field that names the customer, per kind: a name, never how to reach the customer
# (电话, 传真, 邮箱, 地址 …) nor which group they are in (客户细分, 客户类型 …).
NAME_FIELDS: dict[str, str] = {
    "sales": "customer",
    "activities": "customer",
    "customers": "name",
    "opportunities": "customer",
}
_NOT_A_NAME_CJK = (
    "电话",
    "手机",
    "传真",
    "邮箱",
    "邮件",
    "地址",
    "微信",
    "邮编",
    "网址",
    "网站",
    "细分",
    "类型",
    "类别",
    "等级",
    "级别",
    "分类",
    "行业",
    "来源",
    "状态",
)
_NOT_A_NAME_WORDS = frozenset(
    {
        "phone",
        "telephone",
        "tel",
        "mobile",
        "cell",
        "fax",
        "email",
        "mail",
        "address",
        "street",
        "zip",
        "zipcode",
        "postcode",
        "postal",
        "website",
        "url",
        "web",
        "wechat",
        "qq",
        "segment",
        "type",
        "category",
        "class",
        "tier",
        "level",
        "industry",
        "status",
        "source",
        "group",
    }
)
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def is_not_a_name(h: Header) -> bool:
    """A header for a contact channel or a class of customers: that column is never the
    customer, however much it says 客户 or Customer (客户电话, Customer Fax, 客户细分 …)."""
    if any(word in h.key for word in _NOT_A_NAME_CJK):
        return True
    words = {w.lower() for w in _WORD.findall(to_halfwidth(h.text))}
    if "e" in words and "mail" in words:  # E-mail
        return True
    return not words.isdisjoint(_NOT_A_NAME_WORDS)


_CUSTOMER_WORDS = _S("customer", "text", False, _CUSTOMER, ("客户", "customer", "client", "公司"))


def names_a_customer(h: Header) -> bool:
    """The header says the column is the customer (客户名称, 公司, Customer, Account …), not
    just a name (名称, 姓名, Name: a name of anything)."""
    return _score(_CUSTOMER_WORDS, h.key) >= 50 and not is_not_a_name(h)


def field_score(kind: str, spec: FieldSpec, h: Header) -> int:
    """How well header ``h`` names field ``spec`` of a ``kind`` import (0: not at all)."""
    if NAME_FIELDS.get(kind) == spec.key and is_not_a_name(h):
        return 0
    return _score(spec, h.key)


def map_columns(kind: str, headers: list[Header], allowed: set[int] | None = None) -> Mapping:
    """Greedy best match: each field at most one column, each column at most one field."""
    candidates = []
    for spec in FIELDS[kind]:
        for pos, h in enumerate(headers):
            if allowed is not None and pos not in allowed:
                continue
            s = field_score(kind, spec, h)
            if s >= 20:
                candidates.append((-s, pos, spec.key))
    candidates.sort()
    columns: dict[str, int] = {}
    scores: dict[str, int] = {}
    used: set[int] = set()
    for neg, pos, key in candidates:
        if key in columns or pos in used:
            continue
        columns[key] = pos
        scores[key] = -neg
        used.add(pos)
    return Mapping(kind, columns, scores)


def header_blocks(headers: list[Header], joined: Collection[int] = ()) -> list[set[int]]:
    """Runs of non-empty header cells: tables set side by side on one sheet. A column without a
    header but with data under it (``joined``) is inside a table, not between two."""
    blocks: list[set[int]] = []
    current: set[int] = set()
    for pos, h in enumerate(headers):
        if h.key:
            current.add(pos)
        elif current and pos not in joined:
            blocks.append(current)
            current = set()
    if current:
        blocks.append(current)
    return blocks


# -- months as headers (wide target tables) ---------------------------------------------------
MONTH_NAMES = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_CN_MONTH = re.compile(r"^(?:(\d{4})\s*年)?\s*(\d{1,2})\s*月(?:份)?(?:目标|任务|指标)?$")
_ISO_MONTH = re.compile(r"^(\d{4})[-/.年](\d{1,2})月?$")
_MONTH_UNIT = re.compile(r"\s*[(\[【][^()\[\]【】]*[)\]】]$")
_EN_MONTH = re.compile(r"^([a-z]{3,9})[-\s']*(\d{2}|\d{4})?$")


def header_month(value: Any, default_year: int | None = None) -> tuple[int | None, int] | None:
    """A header naming a month → (year or None, month); else None."""
    if isinstance(value, dt.datetime | dt.date):
        return (value.year, value.month)
    if not isinstance(value, str):
        return None
    text = to_halfwidth(value).strip().lower()
    if not text:
        return None
    if text[-1] in ")]】":  # a unit after the month: 2026年1月(万元), 1月目标【元】
        text = _MONTH_UNIT.sub("", text)
    m = _CN_MONTH.match(text)
    if m:
        month = int(m.group(2))
        if 1 <= month <= 12:
            return (int(m.group(1)) if m.group(1) else default_year, month)
        return None
    m = _ISO_MONTH.match(text)
    if m:
        month = int(m.group(2))
        return (int(m.group(1)), month) if 1 <= month <= 12 else None
    m = _EN_MONTH.match(text)
    if m and m.group(1) in MONTH_NAMES:
        year = m.group(2)
        if year is not None:
            year = int(year) + (2000 if len(year) == 2 else 0)
        return (year or default_year, MONTH_NAMES[m.group(1)])
    return None


def month_columns(raw_header: list[Any]) -> list[int]:
    return [i for i, v in enumerate(raw_header) if header_month(v) is not None]


# -- header row and kind ----------------------------------------------------------------------
def _all_specs() -> list[FieldSpec]:
    return [spec for specs in FIELDS.values() for spec in specs]


_ALL = _all_specs()


def _cell_is_text(v: Any) -> bool:
    return isinstance(v, str) and v.strip() != ""


@functools.lru_cache(maxsize=4096)
def _best_score(key: str) -> int:
    """The best score of a header text against any field (data rows repeat their texts)."""
    return max((_score(spec, key) for spec in _ALL), default=0)


def row_header_score(row: list[Any]) -> float:
    texts = [normalise_header(v).key for v in row if _cell_is_text(v)]
    if len(texts) < 2 and len(month_columns(row)) < 3:
        return 0.0
    matches = 0.0
    for key in texts:
        matches += _best_score(key) / 100
    months = len(month_columns(row))
    numbers = sum(1 for v in row if isinstance(v, int | float) and not isinstance(v, bool))
    return 3 * matches + len(texts) + (2 * months if months >= 3 else 0) - numbers


HEADER_LOOK = 30  # rows searched for the header
HEADER_LOOK_FAR = 300  # … and down to here when none of them is surely one (a long 填表说明 above)


def _sure_header(row: list[Any]) -> bool:
    """Two cells or more that name a field outright (日期, 客户名称, Amount …), or three months."""
    sure = sum(1 for v in row if _cell_is_text(v) and _best_score(normalise_header(v).key) >= 60)
    return sure >= 2 or len(month_columns(row)) >= 3


def find_header_row(rows: list[list[Any]], look: int = HEADER_LOOK) -> int | None:
    best, best_score = None, 0.0
    for i, row in enumerate(rows[:look]):
        s = row_header_score(row)
        if s > best_score + 0.5:
            best, best_score = i, s
    if best is None or not _sure_header(rows[best]):
        for i in range(look, min(len(rows), HEADER_LOOK_FAR)):
            row = rows[i]
            if row_header_score(row) > best_score + 0.5 and _sure_header(row):
                return i
    return best


def is_subheader(top: list[Any], below: list[Any]) -> bool:
    """Row ``below`` continues a two-row header (merged group cells above sub-columns)."""
    if not any(_cell_is_text(v) for v in below):
        return False
    if any(not _cell_is_text(v) and v not in ("", None) for v in below):
        return False  # a number or date: that is data
    hits = sum(
        1
        for v in below
        if _cell_is_text(v) and max(_score(s, normalise_header(v).key) for s in _ALL) >= 60
    )
    holes = sum(
        1 for a, b in zip(top, below, strict=False) if _cell_is_text(b) and not _cell_is_text(a)
    )
    repeats = sum(
        1 for a, b in zip(top, below, strict=False) if _cell_is_text(b) and _cell_is_text(a)
    )
    # under a group cell (a hole beside it), or several header words: one word in a row of
    # text (a category line 手机 under 产品 | 1月 | 2月 …) is data
    return hits >= 1 and (holes >= 1 or (repeats >= 1 and hits >= 2))


# A pivot table's output: Excel's data captions (求和项:金额, Sum of Amount), LibreOffice's
# (求和 - 金额, Sum - Amount) and the row/column label captions.
_PIVOT_CAPTION = re.compile(
    r"^(?:(?:求和|计数|平均值|最大值|最小值|乘积|数值计数|标准偏差|方差)项\s*[:：]"
    r"|(?:sum|count|average|max|min|product)\s+of\s"
    r"|(?:求和|计数|平均值|最大值|最小值|sum|count|average|max|min)\s+-\s)",
    re.IGNORECASE,
)
_PIVOT_LABELS = frozenset({"行标签", "列标签", "rowlabels", "columnlabels"})


def looks_like_pivot(raw_header: list[Any]) -> bool:
    """A header row of a pivot table (a summary of the data, not records to import)."""
    return any(
        isinstance(v, str)
        and (
            _PIVOT_CAPTION.match(v.strip()) is not None
            or "".join(v.split()).lower() in _PIVOT_LABELS
        )
        for v in raw_header
    )


def guess_kind(
    headers: list[Header], raw_header: list[Any], joined: Collection[int] | None = None
) -> tuple[str, dict[str, Mapping]]:
    """The kind whose required fields are all found with the best score (sales on ties)."""
    mappings = {kind: best_mapping(kind, headers, joined) for kind in KINDS}
    if len(month_columns(raw_header)) >= 3:
        return "targets", mappings
    ranked = []
    for order, kind in enumerate(KINDS):
        m = mappings[kind]
        if kind == "targets" or (kind == "opportunities" and not _names_deals(headers, m)):
            continue
        complete = not m.missing_required()
        ranked.append(
            (
                complete,
                m.total()
                + (
                    30
                    if kind == "activities"
                    and "activity" in m.columns
                    and m.scores.get("activity", 0) >= 100
                    else 0
                )
                + (40 if kind == "opportunities" else 0),
                -order,
                kind,
            )
        )
    t = mappings["targets"]
    if not t.missing_required() and t.scores.get("target", 0) >= 100:
        ranked.append((True, t.total() + 100, -3, "targets"))
    ranked.sort(reverse=True)
    return ranked[0][3], mappings


# header words only a list of deals in flight has (a sales ledger's 成交日期 is not one)
_DEAL_WORDS = ("商机", "赢率", "概率", "预计", "下一步", "opportunit", "probability", "expected")


def _names_deals(headers: list[Header], m: Mapping) -> bool:
    """The sheet is a list of deals in flight: a mapped column's header says 商机, 赢率, 预计…,
    下一步, Opportunity, Probability, Expected …"""
    return any(
        any(word in headers[pos].key for word in _DEAL_WORDS)
        for key, pos in m.columns.items()
        if key in ("title", "amount", "probability", "expected_close", "next_step")
    )


def best_mapping(
    kind: str, headers: list[Header], joined: Collection[int] | None = None
) -> Mapping:
    """Map within the best block when several tables sit side by side. ``joined``: the columns
    without a header that hold data (see :func:`header_blocks`); when known, a table that has
    every column the kind needs is taken on its own, never mixed with its neighbours' columns."""
    blocks = header_blocks(headers, joined or ())
    if len(blocks) <= 1:
        return map_columns(kind, headers)
    options = [map_columns(kind, headers, b) for b in blocks]
    if joined is not None and any(not m.missing_required() for m in options):
        return max((m for m in options if not m.missing_required()), key=Mapping.total)
    options.append(map_columns(kind, headers))
    return max(
        options, key=lambda m: (not m.missing_required(), m.total() - 5 * (m is options[-1]))
    )


def signature(headers: list[Header]) -> str:
    """Same header texts in the same order → the same workbook shape."""
    text = "\x1f".join(h.key for h in headers).rstrip("\x1f")
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


# -- activity types ----------------------------------------------------------------------------
ACTIVITY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "visit": (
        "拜访",
        "新客户拜访",
        "上门",
        "上门拜访",
        "面访",
        "陌拜",
        "visit",
        "meeting",
        "newvisit",
    ),
    "phone": (
        "电话",
        "电话拜访",
        "电访",
        "电话沟通",
        "致电",
        "call",
        "phone",
        "phonecall",
        "phonevisit",
    ),
    "followup": ("跟进", "客户跟进", "回访", "微信跟进", "followup", "follow-up", "follow up"),
    "proposal": ("提案", "方案", "撰写提案", "报价", "proposal", "quote", "quotation"),
    "negotiation": ("谈判", "合同谈判", "商务谈判", "negotiation", "negotiate"),
    "contract": ("签约", "签约成交", "成交", "签合同", "contract", "deal", "closed", "won"),
    "event": ("活动", "行业活动", "展会", "会议", "event", "expo", "tradeshow", "industryevent"),
    "review": ("总结", "总结规划", "复盘", "规划", "review", "planning", "review&planning"),
    "learning": ("学习", "学习提升", "培训", "learning", "training", "study"),
    "admin": ("行政", "行政事务", "事务", "admin", "paperwork"),
    "buffer": ("缓冲", "缓冲时间", "buffer"),
}


def activity_lookup(type_rows: list[dict[str, Any]] | None = None) -> dict[str, str]:
    """Normalised text → activity code (the store's names plus common synonyms)."""
    table: dict[str, str] = {}
    for code, words in ACTIVITY_SYNONYMS.items():
        for w in words:
            table[_NON_WORD.sub("", w.lower())] = code
    for row in type_rows or []:
        for col in ("code", "name_zh", "name_en"):
            if row.get(col):
                table[_NON_WORD.sub("", str(row[col]).lower())] = row["code"]
    return table


def activity_key(text: str) -> str:
    return _NON_WORD.sub("", to_halfwidth(text).strip().lower())
