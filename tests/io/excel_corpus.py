"""A messy, home-made corpus of workbooks like the ones reps keep (built in tmp_path per test)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.builders import write_xlsx


def _shared_folder() -> Path:
    """../shared beside the checkout; for a git worktree, beside the main checkout."""
    root = Path(__file__).resolve().parents[2]
    beside = root.parent / "shared"
    dot_git = root / ".git"
    if not beside.exists() and dot_git.is_file():  # a worktree: "gitdir: <main>/.git/worktrees/x"
        gitdir = Path(dot_git.read_text(encoding="utf-8").split(":", 1)[1].strip())
        main = gitdir.parents[2]  # <main>/.git/worktrees/x
        return main.parent / "shared" if (main.parent / "shared").exists() else beside
    return beside


SAMPLES = _shared_folder() / "excel-samples"


def sample(rel: str) -> Path:
    """A public sample of ../shared/excel-samples. Missing: skipped on a developer's machine
    without ../shared, but a failure in CI (``CI`` set, as .ci/run does), where it must be."""
    import os

    import pytest

    path = SAMPLES / rel
    if not path.exists():
        message = f"public sample {rel} not found in {SAMPLES}"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI runs them: check out ../shared beside the repository)")
        pytest.skip(message)
    return path


def chinese_sales(path: Path) -> Path:
    """Title rows, a merged title, a blank row, amounts in 万元, mixed dates, a total row."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "2026年销售明细"
    ws["A1"] = "华东区 2026 年第一季度销售明细表"
    ws.merge_cells("A1:H1")
    ws["A2"] = "制表人：王芳"
    ws.append([])
    ws.append(["成交日期", "客户名称", "产品", "数量", "单价", "金额(万元)", "业务员", "备注"])
    ws.append(
        [dt.date(2026, 1, 5), "上海宏达贸易有限公司", "A型设备", 2, 6000, 1.2, "王芳", "首单"]
    )
    ws.append(
        [dt.datetime(2026, 1, 12, 15, 30), "杭州新锐科技", "B型耗材", 100, 35.5, 0.355, "王芳", ""]
    )
    ws.append(["2026/2/3", "苏州恒通", "A型设备", 1, 60000, "6", "李雷", "x"])
    ws.cell(ws.max_row, 8).value = "=SUM(老客户)"
    ws.cell(ws.max_row, 8).data_type = "s"  # text that looks like a formula
    ws.append(["2026年2月14日", "南京东方", "服务", 1, None, "0.8万", "李雷", None])
    ws.append(["3月1日", "上海宏达贸易有限公司", "B型耗材", 50, 36, 0.18, "王芳", "复购"])
    ws.append([46090, "无锡远景", "A型设备", 1, 58000, 5.8, "王芳", "Excel 序列号日期"])
    ws.append(["不是日期", "合肥", "服务", 1, 100, 0.01, "李雷", ""])
    ws.append(["2026-03-20", "福州海峡", "服务", 1, 100, "abc", "李雷", ""])
    ws.append([])
    ws.append(["合计", None, None, None, None, 14.345, None, None])
    wb.create_sheet("说明")["A1"] = "other sheet"
    wb.save(path)
    return path


def english_sales(path: Path) -> Path:
    """English headers, text amounts, formulas with cached values (xlsxwriter), a leading space."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Deals")
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_row(
        0,
        0,
        [
            "Deal Date",
            "Customer",
            "Product",
            " Qty",
            "Unit Price",
            "Revenue",
            "Sales Rep",
            "Region",
        ],
    )
    rows = [
        (dt.date(2026, 4, 1), "Acme Ltd", "Widget", 10, 99.5, None, "Ann", "North"),
        (dt.date(2026, 4, 2), "Globex", "Gadget", 3, 250, "¥1,234.50", "Bob", "South"),
        (dt.date(2026, 4, 3), "Initech", "Widget", 1, 10, "(300)", "Ann", "North"),
        (dt.date(2026, 4, 4), "Umbrella", "Widget", 1, 10, "１２３", "Bob", "East"),
        (dt.date(2026, 4, 5), "Hooli", "Gadget", 2, 10, "1.2万", "Ann", "West"),
    ]
    for r, row in enumerate(rows, start=1):
        ws.write_datetime(r, 0, dt.datetime.combine(row[0], dt.time()), datef)
        ws.write_string(r, 1, row[1])
        ws.write_string(r, 2, row[2])
        ws.write_number(r, 3, row[3])
        ws.write_number(r, 4, row[4])
        if row[5] is None:
            ws.write_formula(r, 5, f"=D{r + 1}*E{r + 1}", None, row[3] * row[4])
        else:
            ws.write_string(r, 5, row[5])
        ws.write_string(r, 6, row[6])
        ws.write_string(r, 7, row[7])
    wb.close()
    return path


def merged_header_sales(path: Path) -> Path:
    """A two-row header: 日期/客户 merged down, 销售情况 merged across 数量 | 金额."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws["A1"] = "日期"
    ws.merge_cells("A1:A2")
    ws["B1"] = "客户"
    ws.merge_cells("B1:B2")
    ws["C1"] = "销售情况"
    ws.merge_cells("C1:D1")
    ws["C2"] = "数量"
    ws["D2"] = "金额（元）"
    ws["E1"] = "备注"
    ws.merge_cells("E1:E2")
    ws.append([dt.date(2026, 5, 6), "甲公司", 3, "1,500.00", "ok"])
    ws.append([dt.date(2026, 5, 7), "乙公司", 1, "￥800", ""])
    wb.save(path)
    return path


def customers_list(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "客户名单"
    ws.append(["序号", "客户名称", "联系人", "手机", "生日", "区域", "重点客户", "备注"])
    ws.append([1, "上海宏达贸易有限公司", "张总", 13800138000, "3月5日", "上海", "是", "老客户"])
    ws.append([2, "杭州新锐科技", "李经理", "139-0000-1111", dt.date(1980, 7, 1), "杭州", "否", ""])
    ws.append([3, "苏州恒通", "", "", "", "苏州", "", "控制字符在这里"])
    ws.append([4, "", "没有名字", "", "", "", "", ""])
    ws.append([5, "杭州新锐科技", "重复", "", "", "", "", ""])
    wb.save(path)
    return path


def activity_log(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "拜访记录"
    ws.append(["日期", "活动类型", "次数", "客户", "结果", "备注"])
    ws.append([dt.date(2026, 3, 2), "拜访", 1, "上海宏达贸易有限公司", "有意向", ""])
    ws.append([dt.date(2026, 3, 2), "电话拜访", 5, "", "", "陌生电话"])
    ws.append([dt.date(2026, 3, 3), "撰写提案", 1, "杭州新锐科技", "", ""])
    ws.append([dt.date(2026, 3, 4), "Phone", 2, "", "", ""])
    ws.append([dt.date(2026, 3, 5), "打高尔夫", 1, "", "", ""])
    ws.append([dt.date(2026, 3, 6), "签约", "两", "苏州恒通", "", ""])
    wb.save(path)
    return path


def long_targets(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["月份", "销售目标(万元)"])
    for m, t in [("2026-01", 30), ("2026-02", 33), ("2026年3月", 35)]:
        ws.append([m, t])
    wb.save(path)
    return path


def error_cells(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["日期", "客户", "金额"])
    ws.append([dt.date(2026, 1, 2), "甲", 100])
    ws.append([dt.date(2026, 1, 3), "乙", "#N/A"])  # openpyxl stores error codes as error cells
    ws.append([dt.date(2026, 1, 4), "#REF!", 300])
    wb.save(path)
    return path


def write_csv(path: Path, encoding: str) -> Path:
    text = '日期,客户,销售额,地区\n2024/3/21,甲公司,"7,080",北方\n2024/3/22,乙公司,6735,南方\n'
    path.write_bytes(text.encode(encoding))
    return path


def provider_report(path):
    """A hospital provider report: codes, regions, names and attendance figures."""
    rows = [
        ["A&E Attendances and Emergency Admissions, 2015-16"],
        [],
        ["Code", "Region", "Name", "Type 1 Departments", "Type 2 Departments", "Total attendances"],
    ]
    for i in range(40):
        rows.append(
            [f"R{i:02d}", "NHS England East", f"Hospital Trust {i}", 1200 + i, 80, 1280 + i]
        )
    return write_xlsx(path, rows, title="Providers")


def customer_list(path):
    rows = [["客户名称", "联系人", "电话", "地址", "年采购额"]]
    rows += [[f"宏达{i}", "王经理", f"021-55{i:02d}", "上海", 10000 * i] for i in range(10)]
    return write_xlsx(path, rows)


# a CRM's 商机 export: open, won, lost, blank-stage and unknown-stage deals
OPPORTUNITIES_CN = [
    (
        "项目名称",
        "客户",
        "预计金额(万元)",
        "阶段",
        "赢率",
        "预计成交日期",
        "下一步",
        "来源",
        "输单原因",
    ),
    ("ERP 二期", "华星科技", 12, "方案/报价", "60%", "2026-12-20", "周三演示", "转介绍", ""),
    ("CRM 升级", "远航软件", 8, "商务谈判", "80%", "2026-12-28", "", "展会", ""),
    ("年度续约", "明德信息", 5.5, "赢单", "100%", "2026-11-20", "", "", ""),
    ("数据平台", "东升数据", 20, "输单", "0%", "2026-11-10", "", "官网", "价格太高"),
    ("新项目", "瑞丰通信", 3, "", "35%", "2027-01-15", "", "", ""),
    ("试点", "泰和通信", 2, "谈着呢", "", "2027-01-30", "", "", ""),
]

# the same list a week later: three moved, one updated, one unchanged, one new
OPPORTUNITIES_CN_LATER = [
    OPPORTUNITIES_CN[0],
    ("ERP 二期", "华星科技", 12, "商务谈判", "80%", "2026-12-18", "周五签约", "", ""),
    ("CRM 升级", "远航软件", 7.5, "赢单", "100%", "2026-12-02", "", "", ""),
    ("新项目", "瑞丰通信", 3, "输单", "0%", "2026-12-01", "", "", "预算砍了"),
    ("试点", "泰和通信", 2.5, "", "", "2027-02-15", "", "", ""),
    ("年度续约", "明德信息", 5.5, "赢单", "100%", "2026-11-20", "", "", ""),
    ("新客户", "金桥系统", 6, "线索", "", "2027-02-01", "", "", ""),
]
