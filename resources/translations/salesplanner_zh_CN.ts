<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>week</source>
        <comment>Save week as template</comment>
        <translation>周</translation>
    </message>
    <message>
        <source>week</source>
        <comment>Template name (an existing name is replaced):</comment>
        <translation>周</translation>
    </message>
    <message>
        <source>week</source>
        <comment>My week</comment>
        <translation>周</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>6. Activity targets</source>
        <translation>6. 活动目标</translation>
    </message>
    <message>
        <source>The funnel run backwards: revenue → contracts → proposals → visits. Change the rates to your own; edit any month.</source>
        <translation>把销售漏斗倒过来算：业绩 → 签约 → 提案 → 拜访。把转化率改成你自己的；每个月都可以修改。</translation>
    </message>
    <message>
        <source>Average deal (%1):</source>
        <translation>平均单笔金额（%1）：</translation>
    </message>
    <message>
        <source>Proposals that close:</source>
        <translation>提案成交率：</translation>
    </message>
    <message>
        <source>Visits that become proposals:</source>
        <translation>拜访转提案率：</translation>
    </message>
    <message>
        <source>Follow-ups a day:</source>
        <translation>每天跟进数：</translation>
    </message>
    <message>
        <source>Use my measured rates</source>
        <translation>使用我的实测转化率</translation>
    </message>
    <message>
        <source>Undo my edits</source>
        <translation>撤销我的修改</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>The average deal must be an amount above zero.</source>
        <translation>平均单笔金额必须大于零。</translation>
    </message>
    <message>
        <source>Your funnel over the last 12 months:</source>
        <translation>你过去 12 个月的漏斗：</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>平均赢单金额</translation>
    </message>
    <message>
        <source>won deals</source>
        <translation>笔赢单</translation>
    </message>
    <message>
        <source>Visits → new deals</source>
        <translation>拜访 → 新商机</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>次拜访</translation>
    </message>
    <message>
        <source>New deals → proposals</source>
        <translation>新商机 → 方案</translation>
    </message>
    <message>
        <source>deals decided</source>
        <translation>个已有结果的商机</translation>
    </message>
    <message>
        <source>Proposals → won</source>
        <translation>方案 → 赢单</translation>
    </message>
    <message>
        <source>closed proposals</source>
        <translation>份已结束的方案</translation>
    </message>
    <message>
        <source>%1: %2, measured from %3 %4</source>
        <translation>%1：%2，由 %3 %4 实测</translation>
    </message>
    <message>
        <source>%1: %2, default (%3 %4 so far; %5 needed)</source>
        <translation>%1：%2，默认值（目前 %3 %4，需要 %5）</translation>
    </message>
    <message>
        <source>A full week (%1): %2</source>
        <translation>完整一周（%1）：%2</translation>
    </message>
</context>
<context>
    <name>BaselinePage</name>
    <message>
        <source>2. Baseline and external factors</source>
        <translation>2. 基准与外部因素</translation>
    </message>
    <message>
        <source>Pick what history says you can do, then note what is changing around you.</source>
        <translation>先选出历史数据表明你能做到的水平，再记下外部环境的变化。</translation>
    </message>
    <message>
        <source>External factors (market trend, competitors, season). A percentage adjusts the baseline; without one it is a note.</source>
        <translation>外部因素（市场趋势、竞争对手、季节）。填写百分比会调整基准；不填则只作备注。</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Adjust %</source>
        <translation>调整 %</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add factor</source>
        <translation>添加因素</translation>
    </message>
    <message>
        <source>Remove factor</source>
        <translation>删除因素</translation>
    </message>
    <message>
        <source>the most recent period, the method's default</source>
        <translation>最近一期，方法的默认做法</translation>
    </message>
    <message>
        <source>steadier when periods jump around</source>
        <translation>各期起伏较大时更稳妥</translation>
    </message>
    <message>
        <source>continues a rising or falling line</source>
        <translation>延续上升或下降的趋势</translation>
    </message>
    <message>
        <source>New factor</source>
        <translation>新因素</translation>
    </message>
    <message>
        <source>+ helps</source>
        <translation>+ 有利</translation>
    </message>
    <message>
        <source>− hurts</source>
        <translation>− 不利</translation>
    </message>
    <message>
        <source>Baseline %1 → after factors %2</source>
        <translation>基准 %1 → 考虑因素后 %2</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>基准 %1</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Time block</source>
        <translation>时间块</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>With</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Planned count</source>
        <translation>计划次数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>The block must end after it starts.</source>
        <translation>时间块的结束时间必须晚于开始时间。</translation>
    </message>
</context>
<context>
    <name>BreakdownPage</name>
    <message>
        <source>5. Break the goal down</source>
        <translation>5. 分解目标</translation>
    </message>
    <message>
        <source>Months, then weeks by working days (public holidays, make-up days and your days off count). Edit a month: the others absorb the difference.</source>
        <translation>先分到月，再按工作日分到周（法定假日、调休上班日和你的休息日都会计入）。修改某个月后，差额由其他月份分摊。</translation>
    </message>
    <message>
        <source>Undo my edits</source>
        <translation>撤销我的修改</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <source>step per month:</source>
        <translation>每月递增：</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Target (%1)</source>
        <translation>目标（%1）</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>The edited months add up to more than the goal; lower one of them.</source>
        <translation>手动修改的月份合计已超过总目标，请调低其中一个。</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <source>Total %1 of the goal %2</source>
        <translation>合计 %1，总目标 %2</translation>
    </message>
    <message>
        <source>The official holiday schedule for %1 is not published yet: holidays are estimated and make-up working days are missing. Mark them as days off or working days in the settings.</source>
        <translation>%1 年的官方放假安排尚未公布：假日为估算，且缺少调休上班日。请在设置中把它们标记为休息日或工作日。</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>+{n} more</source>
        <translation>还有 {n} 项</translation>
    </message>
    <message>
        <source>Logged {count}</source>
        <translation>已记录 {count}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Make-up workday</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
</context>
<context>
    <name>CapacityView</name>
    <message>
        <source>{logged} of {target} done · plan holds {planned}</source>
        <translation>已完成 {logged} / {target} · 计划中 {planned}</translation>
    </message>
    <message>
        <source>{logged} done · plan holds {planned}</source>
        <translation>已完成 {logged} · 计划中 {planned}</translation>
    </message>
    <message>
        <source>{day}: only {free} h unplanned; keep {buffer} h free for the unexpected</source>
        <translation>{day}：只剩 {free} 小时未安排；请留出 {buffer} 小时应对突发情况</translation>
    </message>
    <message>
        <source>{logged} of {target} done · plan holds only {planned}</source>
        <translation>已完成 {logged} / {target} · 计划中只有 {planned}</translation>
    </message>
    <message>
        <source>{won} won · no sales target this week</source>
        <translation>已成交 {won} · 本周没有销售目标</translation>
    </message>
    <message>
        <source>{won} won of {target}</source>
        <translation>已成交 {won} / {target}</translation>
    </message>
    <message>
        <source>{logged} of {target} done</source>
        <translation>已完成 {logged} / {target}</translation>
    </message>
    <message>
        <source>Targets this week</source>
        <translation>本周目标</translation>
    </message>
    <message>
        <source>No activity targets or planned activities this week.</source>
        <translation>本周没有活动目标，也没有计划的活动。</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Learning time</source>
        <translation>学习时间</translation>
    </message>
    <message>
        <source>{hours} h planned, {share}% of working time (target {target}%)</source>
        <translation>已计划 {hours} 小时，占工作时间的 {share}%（目标 {target}%）</translation>
    </message>
    <message>
        <source>Buffer (trap 4.2)</source>
        <translation>缓冲时间（陷阱 4.2）</translation>
    </message>
    <message>
        <source>Every working day keeps at least {buffer} h unplanned.</source>
        <translation>每个工作日至少留出 {buffer} 小时不做安排。</translation>
    </message>
</context>
<context>
    <name>ChallengePage</name>
    <message>
        <source>3. Challenge</source>
        <translation>3. 挑战</translation>
    </message>
    <message>
        <source>The method adds 10–20% to the baseline: enough to stretch, not so much that you give up.</source>
        <translation>方法建议在基准上增加 10–20%：足以激励自己，又不至于让人放弃。</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>采用建议</translation>
    </message>
    <message>
        <source>Challenge over the baseline:</source>
        <translation>在基准上的挑战幅度：</translation>
    </message>
    <message>
        <source>Round to:</source>
        <translation>取整到：</translation>
    </message>
    <message>
        <source>Target (%1):</source>
        <translation>目标（%1）：</translation>
    </message>
    <message>
        <source>Stretch tier (%1):</source>
        <translation>冲刺目标（%1）：</translation>
    </message>
    <message>
        <source>Challenge tier (%1):</source>
        <translation>挑战目标（%1）：</translation>
    </message>
    <message>
        <source>Use the proposed tiers</source>
        <translation>使用建议的档位</translation>
    </message>
    <message>
        <source>no rounding</source>
        <translation>不取整</translation>
    </message>
    <message>
        <source>%1 × (1 + %2%) = %3 → rounded %4</source>
        <translation>%1 × (1 + %2%) = %3 → 取整 %4</translation>
    </message>
    <message>
        <source>(your own target: %1)</source>
        <translation>（你自定的目标：%1）</translation>
    </message>
    <message>
        <source>Stretch and challenge are proposed %1% and %2% above the target, or higher where your past weeks of sales reach more: with even odds for the stretch, one in ten for the challenge.</source>
        <translation>冲刺和挑战目标按比目标高 %1% 和 %2% 建议；若你过去各周的销售达到更高（冲刺有一半把握、挑战有一成把握），则取更高的值。</translation>
    </message>
    <message>
        <source>From your past %1 weeks of sales: target %2, stretch %3, challenge %4 likely (without the deals in the pipeline).</source>
        <translation>按你过去 %1 周的销售：目标 %2、冲刺 %3、挑战 %4 的达成可能（未计入商机）。</translation>
    </message>
    <message>
        <source>No past sales yet to give the odds of each tier.</source>
        <translation>还没有过往销售，无法给出各档的达成可能。</translation>
    </message>
    <message>
        <source>Each tier must be above the one before it.</source>
        <translation>每一档都必须高于前一档。</translation>
    </message>
</context>
<context>
    <name>ChasePanel</name>
    <message>
        <source>Drag a deal onto the calendar to plan time for it; double-click opens it</source>
        <translation>把商机拖到日历上，为它安排时间；双击打开商机</translation>
    </message>
    <message>
        <source>Deals to chase this week</source>
        <translation>本周要跟进的商机</translation>
    </message>
    <message>
        <source>next step a day overdue</source>
        <translation>下一步已逾期 1 天</translation>
    </message>
    <message>
        <source>close date passed yesterday</source>
        <translation>预计成交日期昨天已过</translation>
    </message>
    <message>
        <source>Deals to chase this week ({n})</source>
        <translation>本周要跟进的商机（{n}）</translation>
    </message>
    <message>
        <source>… and {n} more in the Pipeline pane</source>
        <translation>…… 另有 {n} 个，见商机页</translation>
    </message>
    <message>
        <source>next step due {date}</source>
        <translation>下一步 {date} 到期</translation>
    </message>
    <message numerus="yes">
        <source>next step %n day(s) overdue</source>
        <translation>
            <numerusform>下一步已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>close date passed %n day(s) ago</source>
        <translation>
            <numerusform>预计成交日期已过 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>closes {date}</source>
        <translation>预计 {date} 成交</translation>
    </message>
    <message numerus="yes">
        <source>no activity for %n day(s)</source>
        <translation>
            <numerusform>已 %n 天没有跟进</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{why}: {step}</source>
        <translation>{why}：{step}</translation>
    </message>
    <message>
        <source>No deal needs chasing this week.</source>
        <translation>本周没有需要跟进的商机。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <source>1980-12-06, or --12-06 without the year</source>
        <translation>1980-12-06，或不含年份写作 --12-06</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>— nobody in particular</source>
        <translation>— 不指定联系人</translation>
    </message>
    <message>
        <source>{name} (main contact)</source>
        <translation>{name}（主要联系人）</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Your data is safe: everything saved before this moment is in the plan file, and the change that failed was not written. You can keep working.</source>
        <translation>你的数据是安全的：此前保存的一切都在计划文件中，失败的那次修改没有写入。你可以继续工作。</translation>
    </message>
    <message>
        <source>Details were written to the log: {path}</source>
        <translation>详细信息已写入日志：{path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Something went wrong: {error} ({kind}).</source>
        <translation>出错了：{error}（{kind}）。</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>This customer is no longer in the plan (merged or removed).</source>
        <translation>该客户已不在计划中（已合并或删除）。</translation>
    </message>
    <message>
        <source>Merge another customer into this one…</source>
        <translation>将另一个客户合并到此客户…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司信息</translation>
    </message>
    <message>
        <source>e.g. 华星, HX (separated by commas)</source>
        <translation>例如 华星、HX（用逗号分隔）</translation>
    </message>
    <message>
        <source>e.g. trade fair, referral, website</source>
        <translation>例如 展会、转介绍、官网</translation>
    </message>
    <message>
        <source>Priority customer</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short names</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Make main contact</source>
        <translation>设为主要联系人</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>客户：{name}</translation>
    </message>
    <message>
        <source>Class {abc} · rank {rank} · {revenue} in the last 12 months</source>
        <translation>{abc} 类 · 第 {rank} 名 · 近 12 个月 {revenue}</translation>
    </message>
    <message>
        <source>Never contacted yet.</source>
        <translation>尚未联系过。</translation>
    </message>
    <message>
        <source>Not contacted for {days} days (class {abc}: every {cadence} days).</source>
        <translation>已 {days} 天未联系（{abc} 类：每 {cadence} 天）。</translation>
    </message>
    <message>
        <source>Last contact today (class {abc}: every {cadence} days).</source>
        <translation>今天联系过（{abc} 类：每 {cadence} 天）。</translation>
    </message>
    <message>
        <source>Last contact yesterday (class {abc}: every {cadence} days).</source>
        <translation>昨天联系过（{abc} 类：每 {cadence} 天）。</translation>
    </message>
    <message>
        <source>Last contact {date}, {days} days ago (class {abc}: every {cadence} days).</source>
        <translation>上次联系 {date}，{days} 天前（{abc} 类：每 {cadence} 天）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>Timeline ({count})</source>
        <translation>时间线（{count}）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Make {name} the main contact</source>
        <translation>将{name}设为主要联系人</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Customer to merge into {name}:</source>
        <translation>要合并到{name}的客户：</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>周复盘</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Move every sale, activity, block, deal and contact of {other} to {keep} and remove {other}? Undo brings it back.</source>
        <translation>将{other}的所有成交、活动、时间块、商机和联系人移到{keep}，并删除{other}？可撤销。</translation>
    </message>
    <message>
        <source>Merge {other} into {keep}</source>
        <translation>将{other}合并到{keep}</translation>
    </message>
    <message>
        <source>Deal: {stage}</source>
        <translation>商机：{stage}</translation>
    </message>
    <message>
        <source>{count} × {activity}</source>
        <translation>{count} × {activity}</translation>
    </message>
    <message>
        <source>Add contact {name}</source>
        <translation>添加联系人{name}</translation>
    </message>
    <message>
        <source>Edit contact {name}</source>
        <translation>编辑联系人{name}</translation>
    </message>
    <message>
        <source>New customer {name}</source>
        <translation>新建客户{name}</translation>
    </message>
    <message>
        <source>Remove contact {name}</source>
        <translation>删除联系人{name}</translation>
    </message>
    <message>
        <source>Edit customer {name}</source>
        <translation>编辑客户{name}</translation>
    </message>
</context>
<context>
    <name>CustomerChooser</name>
    <message>
        <source>New customer “{name}”</source>
        <translation>新客户“{name}”</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>业绩</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>成交数</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>间隔天数</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>待跟进</translation>
    </message>
</context>
<context>
    <name>CustomersPane</name>
    <message>
        <source>Filter by name…</source>
        <translation>按名称筛选…</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Class A</source>
        <translation>A 类</translation>
    </message>
    <message>
        <source>Class B</source>
        <translation>B 类</translation>
    </message>
    <message>
        <source>Class C</source>
        <translation>C 类</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>全部历史</translation>
    </message>
    <message>
        <source>Mark priority</source>
        <translation>标为重点</translation>
    </message>
    <message>
        <source>Unmark</source>
        <translation>取消重点</translation>
    </message>
    <message>
        <source>Visit the top 5 weekly</source>
        <translation>每周拜访前 5 名</translation>
    </message>
    <message>
        <source>Adds a one-hour visit to each of the five biggest customers in each of the next four weeks, in free time.</source>
        <translation>在接下来四周的空闲时间里，每周为前五大客户各安排一小时拜访。</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <source>Duplicates…</source>
        <translation>疑似重复…</translation>
    </message>
    <message>
        <source>Customers that look like one company under two names, to merge.</source>
        <translation>看起来是同一家公司的两个名称的客户，可合并。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names}，另有 {count} 个</translation>
    </message>
    <message>
        <source>The top 20% ({count} of {buyers} buying customers) bring {share} of {total}. Top 10%: {names}.</source>
        <translation>前 20% 的客户（{buyers} 个成交客户中的 {count} 个）贡献了 {total} 中的 {share}。前 10%：{names}。</translation>
    </message>
    <message>
        <source>No sales in this period yet: import or log sales to see which customers matter most.</source>
        <translation>这段时间还没有销售记录：导入或记录销售后，就能看到哪些客户最重要。</translation>
    </message>
    <message>
        <source>Mark priority customers</source>
        <translation>标记重点客户</translation>
    </message>
    <message>
        <source>Unmark priority customers</source>
        <translation>取消重点客户</translation>
    </message>
    <message>
        <source>There is no free time left in the next weeks for these visits.</source>
        <translation>接下来几周已没有空闲时间安排这些拜访。</translation>
    </message>
    <message>
        <source>Add {count} one-hour visit blocks ({names}) from {first} to {last}?</source>
        <translation>在 {first} 至 {last} 之间加入 {count} 个一小时的拜访时间块（{names}）？</translation>
    </message>
    <message>
        <source>{missing} of the {wanted} visits do not fit in the free time of those weeks.</source>
        <translation>{wanted} 次拜访中有 {missing} 次在这几周的空闲时间里排不下。</translation>
    </message>
    <message>
        <source>Visit the top 5 customers weekly</source>
        <translation>每周拜访前 5 名客户</translation>
    </message>
    <message>
        <source>{count} visit blocks added, {first} – {last}.</source>
        <translation>已加入 {count} 个拜访时间块，{first} – {last}。</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Name of the new customer:</source>
        <translation>新客户名称：</translation>
    </message>
    <message>
        <source>Pareto: share of revenue by customer</source>
        <translation>帕累托：各客户业绩占比</translation>
    </message>
    <message>
        <source>Customers by revenue rank</source>
        <translation>按业绩排名的客户</translation>
    </message>
    <message>
        <source>Pareto: no sales in this period yet</source>
        <translation>帕累托：这段时间还没有销售</translation>
    </message>
    <message>
        <source>Cumulative: {pct}</source>
        <translation>累计：{pct}</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>新商机</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>e.g. 12万 or 120000元</source>
        <translation>如 12万 或 120000元</translation>
    </message>
    <message>
        <source>I count on this deal this period (commit)</source>
        <translation>本期确定能成交（承诺）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>With</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation>预计金额</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next step on</source>
        <translation>下一步日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Name the customer.</source>
        <translation>请填写客户。</translation>
    </message>
    <message>
        <source>The amount is not a number; write it like 12万 or 120000元.</source>
        <translation>金额不是数字，请写成 12万 或 120000元。</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>停留天数</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next step on</source>
        <translation>下一步日期</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>The expected close date has passed</source>
        <translation>预计成交日期已过</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>This is the demo plan: made-up customers and sales to explore. Nothing you do here touches your own plan.</source>
        <translation>这是演示计划：客户和销售数据都是虚构的，供你随意体验。在这里做的任何操作都不会影响你自己的计划。</translation>
    </message>
    <message>
        <source>Start my own plan</source>
        <translation>开始我自己的计划</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Your plan is empty. Start by setting a goal: the wizard turns your sales history into a target and a weekly plan. Or import the workbook you already keep.</source>
        <translation>你的计划还是空的。先设定一个目标吧：向导会根据你的销售历史生成目标和每周计划。也可以导入你现有的 Excel 工作簿。</translation>
    </message>
    <message>
        <source>Start the goal wizard</source>
        <translation>启动目标向导</translation>
    </message>
    <message>
        <source>Import a workbook…</source>
        <translation>导入工作簿…</translation>
    </message>
    <message>
        <source>Explore demo data</source>
        <translation>浏览演示数据</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit journal entry</source>
        <translation>修改日志记录</translation>
    </message>
    <message>
        <source>{type} · {customer}</source>
        <translation>{type} · {customer}</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>With</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>e.g. 3.5万</source>
        <translation>例如 3.5万</translation>
    </message>
    <message>
        <source>e.g. 35000</source>
        <translation>例如 35000</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A contract needs its amount.</source>
        <translation>签约需要填写金额。</translation>
    </message>
</context>
<context>
    <name>GoalPane</name>
    <message>
        <source>New goal…</source>
        <translation>新建目标…</translation>
    </message>
    <message>
        <source>Edit goal…</source>
        <translation>编辑目标…</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Start with the goal wizard</source>
        <translation>从目标向导开始</translation>
    </message>
    <message>
        <source>The wizard looks at your past sales, suggests a challenging but realistic target (baseline + 10–20%), checks it against SMART, splits it into months and weeks, and turns it into weekly visits, proposals and contracts. It takes about five minutes.</source>
        <translation>向导会查看你过去的销售业绩，建议一个有挑战但可实现的目标（基准 + 10–20%），按 SMART 原则检查，分解到月和周，并换算成每周的拜访、提案和签约数量。大约需要五分钟。</translation>
    </message>
    <message>
        <source>Start the goal wizard</source>
        <translation>启动目标向导</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Target (%1)</source>
        <translation>目标（%1）</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>Activity targets</source>
        <translation>活动目标</translation>
    </message>
    <message>
        <source>Target by week</source>
        <translation>每周目标</translation>
    </message>
    <message>
        <source>Plan notes</source>
        <translation>计划要点</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <source>(no statement)</source>
        <translation>（未填写目标陈述）</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
    <message>
        <source>None yet: editing the goal keeps the earlier version here.</source>
        <translation>暂无：编辑目标后，之前的版本会保留在这里。</translation>
    </message>
    <message>
        <source>{risk} → fallback: {fallback}</source>
        <translation>{risk} → 备选方案：{fallback}</translation>
    </message>
    <message>
        <source>Key result areas</source>
        <translation>关键成果领域</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Risks and fallbacks</source>
        <translation>风险与备选方案</translation>
    </message>
    <message>
        <source>External factors</source>
        <translation>外部因素</translation>
    </message>
    <message>
        <source>No key result areas, resources or risks noted: edit the goal to add them.</source>
        <translation>还没有记下关键成果领域、资源或风险：编辑目标即可添加。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>GoalTexts</name>
    <message>
        <source>There is no history to compare with: enter past periods' sales first.</source>
        <translation>没有可比较的历史数据：请先填写过去各期的销售额。</translation>
    </message>
    <message>
        <source>{target} is below the baseline {reference}: history alone gets there; aim higher.</source>
        <translation>{target} 低于基准 {reference}：按历史水平就能达到，目标可以再高一些。</translation>
    </message>
    <message>
        <source>{target} is below the trend {trend}: the rising history alone gets there; aim higher.</source>
        <translation>{target} 低于趋势值 {trend}：按上升的历史趋势就能达到，目标可以再高一些。</translation>
    </message>
    <message>
        <source>{target} is {pct}% above the baseline {reference}: comfortable, less than the method's 10–20% challenge.</source>
        <translation>{target} 比基准 {reference} 高 {pct}%：比较轻松，低于方法建议的 10–20% 挑战幅度。</translation>
    </message>
    <message>
        <source>{target} is {pct}% above the baseline {reference}: a stretch within the method's 10–20% challenge.</source>
        <translation>{target} 比基准 {reference} 高 {pct}%：在方法建议的 10–20% 挑战范围内，有挑战但可实现。</translation>
    </message>
    <message>
        <source>{target} is {pct}% above the baseline {reference}: more than a 20% stretch; make sure the factors support it.</source>
        <translation>{target} 比基准 {reference} 高 {pct}%：超过 20% 的挑战幅度，请确认外部因素能够支撑。</translation>
    </message>
    <message>
        <source>{target} is {pct}% above the baseline {reference}: history does not support more than 50%; lower it or reach it in steps.</source>
        <translation>{target} 比基准 {reference} 高 {pct}%：历史数据不支持超过 50% 的增长，请调低目标或分阶段实现。</translation>
    </message>
    <message>
        <source>The goal is written down and focused on “{focus}”.</source>
        <translation>目标已写明，聚焦于“{focus}”。</translation>
    </message>
    <message>
        <source>Name the focus (product line, segment or channel), so the goal is more than “sell more”.</source>
        <translation>写明重点（产品线、细分市场或渠道），让目标不只是“多卖一些”。</translation>
    </message>
    <message>
        <source>Write the goal as one sentence, e.g. “This quarter, 980,000 yuan of sales of the new version”.</source>
        <translation>用一句话写下目标，例如“本季度新版本产品销售额 98 万元”。</translation>
    </message>
    <message>
        <source>A number with a unit: {target}.</source>
        <translation>有数字也有单位：{target}。</translation>
    </message>
    <message>
        <source>Set a target greater than zero, with its unit.</source>
        <translation>请设定大于零的目标，并注明单位。</translation>
    </message>
    <message>
        <source>Give the target a unit (yuan, customers or contracts).</source>
        <translation>请给目标加上单位（元、客户数或合同数）。</translation>
    </message>
    <message>
        <source>Tied to the company's focus: “{relevance}”.</source>
        <translation>与公司重点相关：“{relevance}”。</translation>
    </message>
    <message>
        <source>Say which company priority the focus “{focus}” serves (e.g. the new product the company is pushing).</source>
        <translation>说明重点“{focus}”服务于公司的哪项重点工作（例如公司正在主推的新产品）。</translation>
    </message>
    <message>
        <source>Tie the goal to the company's focus, e.g. the new product it is pushing.</source>
        <translation>把目标与公司的重点工作联系起来，例如公司正在主推的新产品。</translation>
    </message>
    <message>
        <source>From {start} to the deadline {end}.</source>
        <translation>从 {start} 到截止日期 {end}。</translation>
    </message>
    <message>
        <source>Set a start date and a deadline.</source>
        <translation>请设定开始日期和截止日期。</translation>
    </message>
    <message>
        <source>The deadline {end} is before the start {start}.</source>
        <translation>截止日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <source>Too low</source>
        <translation>过低</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>轻松</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>有挑战</translation>
    </message>
    <message>
        <source>Aggressive</source>
        <translation>激进</translation>
    </message>
    <message>
        <source>Unrealistic</source>
        <translation>不现实</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>无历史数据</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>需修改</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>具体（S）</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>可衡量（M）</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>可实现（A）</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>相关（R）</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>有时限（T）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Last period</source>
        <translation>上一期</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Trend projection</source>
        <translation>趋势推算</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <source>Ramp (a step up each month)</source>
        <translation>逐月递增</translation>
    </message>
    <message>
        <source>Seasonal (like the same months before)</source>
        <translation>按季节（参照往年同月）</translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message>
        <source>Edit goal</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <source>Save goal</source>
        <translation>保存目标</translation>
    </message>
    <message>
        <source>Edit goal “%1”</source>
        <translation>编辑目标“%1”</translation>
    </message>
    <message>
        <source>New goal “%1”</source>
        <translation>新建目标“%1”</translation>
    </message>
    <message>
        <source>Goal wizard</source>
        <translation>目标向导</translation>
    </message>
    <message>
        <source>This quarter, 980,000 yuan of sales of the new version</source>
        <translation>本季度新版本产品销售额 98 万元</translation>
    </message>
    <message>
        <source>New software version</source>
        <translation>新版软件</translation>
    </message>
    <message>
        <source>The company is pushing the new version</source>
        <translation>公司正在主推新版本</translation>
    </message>
    <message>
        <source>New product version</source>
        <translation>新版产品</translation>
    </message>
    <message>
        <source>Competitor launched a similar product</source>
        <translation>竞争对手推出了类似产品</translation>
    </message>
</context>
<context>
    <name>GreetingDialog</name>
    <message>
        <source>Birthday greeting</source>
        <translation>生日祝福</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>节日祝福</translation>
    </message>
    <message>
        <source>{who}: birthday on {date}</source>
        <translation>{who}：{date} 生日</translation>
    </message>
    <message>
        <source>{holiday} on {date}</source>
        <translation>{holiday}（{date}）</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>不指定客户</translation>
    </message>
    <message>
        <source>To</source>
        <translation>发给</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the text, to paste it into WeChat or an e-mail</source>
        <translation>复制文字，粘贴到微信或邮件中</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>标记已发送</translation>
    </message>
    <message>
        <source>Log the greeting as an activity of the customer</source>
        <translation>把这条祝福记为该客户的一次活动</translation>
    </message>
    <message>
        <source>Copied. Paste it into WeChat or an e-mail, then mark it sent.</source>
        <translation>已复制。粘贴到微信或邮件发送后，再标记已发送。</translation>
    </message>
    <message>
        <source>Choose one of your customers, or none.</source>
        <translation>请选择一个已有客户，或不指定客户。</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>1. Sales history</source>
        <translation>1. 销售历史</translation>
    </message>
    <message>
        <source>Choose the goal's period, then check past periods' sales: the target grows from them.</source>
        <translation>选择目标的周期，然后核对过去各期的销售额：目标将以此为基础。</translation>
    </message>
    <message>
        <source>Load from sales records</source>
        <translation>从销售记录载入</translation>
    </message>
    <message>
        <source>Goal for a</source>
        <translation>目标周期：</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>开始于</translation>
    </message>
    <message>
        <source>Past periods:</source>
        <translation>过去各期：</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>销售额（%1）</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>添加期间</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>删除期间</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>第 %1 期</translation>
    </message>
    <message>
        <source>Totals come from your sales records; edit any number that is not right.</source>
        <translation>合计来自你的销售记录；不对的数字可以直接修改。</translation>
    </message>
    <message>
        <source>No sales records yet: type in the totals of your last periods (from your own notes or the company report), or import a workbook first.</source>
        <translation>还没有销售记录：请输入最近几期的销售合计（来自你的笔记或公司报表），或先导入工作簿。</translation>
    </message>
    <message>
        <source>This period is not over: its sales so far are left out of the baseline. Tick to count them all the same.</source>
        <translation>这一期还没有结束：目前的销售额不计入基数。勾选后仍可计入。</translation>
    </message>
    <message>
        <source>Type an amount, e.g. 85</source>
        <translation>输入金额，例如 85</translation>
    </message>
    <message>
        <source>not over: not counted</source>
        <translation>未结束，不计入</translation>
    </message>
    <message>
        <source>Last %1 · average %2 · trend next %3</source>
        <translation>上期 %1 · 平均 %2 · 趋势预测下期 %3</translation>
    </message>
    <message>
        <source>Without history the wizard cannot judge whether a target is realistic.</source>
        <translation>没有历史数据，向导无法判断目标是否现实。</translation>
    </message>
    <message>
        <source>%1 is not over yet: its sales so far are left out (tick it to count them).</source>
        <translation>%1 尚未结束：目前的销售额未计入（勾选可计入）。</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Remove this import</source>
        <translation>撤销这次导入</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Still in the plan</source>
        <translation>仍在计划中</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>还没有导入过。</translation>
    </message>
    <message>
        <source>An import of monthly targets set the goal's months and cannot be taken back; revise the goal instead.</source>
        <translation>月度目标的导入已写入目标的各月，无法撤销；请改为修订目标。</translation>
    </message>
    <message>
        <source>Removed from “{file}”: {what}. Edit → Undo puts them back.</source>
        <translation>已删除“{file}”导入的：{what}。编辑 → 撤销可恢复。</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Date</source>
        <extracomment>the roles the model answers (a view asks for a dozen per cell it paints) the first click on these sorts the biggest (the newest) first the sort arrow the header draws itself (Qt's own points up for newest first)</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>{customer} · {person}</source>
        <translation>{customer} · {person}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>手工记录</translation>
    </message>
</context>
<context>
    <name>JournalPane</name>
    <message>
        <source>From</source>
        <extracomment>Starting widths of the columns (measuring 20,000 rows to fit them would cost more than the query); the rep can widen any of them. the rep asked to open a customer (its id): the window shows it</extracomment>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Outcome contains…</source>
        <translation>结果包含…</translation>
    </message>
    <message>
        <source>Log…</source>
        <translation>记一笔…</translation>
    </message>
    <message>
        <source>Log an activity no block stands for, and the customer's next follow-up</source>
        <translation>记下一项不在日程块里的活动，并设定该客户的下次跟进</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies) · sales {amount}</source>
        <translation>
            <numerusform>共 %Ln 条 · 成交 {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>记一笔活动</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>日志</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>记一笔活动</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>e.g. interested, demo booked, quote sent</source>
        <translation>例如：有意向、已约演示、已报价</translation>
    </message>
    <message>
        <source>e.g. 3.5万</source>
        <translation>例如 3.5万</translation>
    </message>
    <message>
        <source>e.g. 35000</source>
        <translation>例如 35000</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>With</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Set the customer's next follow-up date as this is logged</source>
        <translation>记录的同时设置该客户的下次跟进日期</translation>
    </message>
    <message>
        <source>A contract needs its amount.</source>
        <translation>签约需要填写合同金额。</translation>
    </message>
    <message>
        <source>Name the customer to follow up.</source>
        <translation>请填写要跟进的客户。</translation>
    </message>
</context>
<context>
    <name>LoseDialog</name>
    <message>
        <source>Lost: {deal}</source>
        <translation>输单：{deal}</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>价格太高</translation>
    </message>
    <message>
        <source>Went with a competitor</source>
        <translation>选了竞争对手</translation>
    </message>
    <message>
        <source>Budget cut</source>
        <translation>预算取消</translation>
    </message>
    <message>
        <source>Needs changed</source>
        <translation>需求变化</translation>
    </message>
    <message>
        <source>Decision maker changed</source>
        <translation>决策人变动</translation>
    </message>
    <message>
        <source>No answer from the customer</source>
        <translation>客户没有回应</translation>
    </message>
    <message>
        <source>Why was it lost?</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>输单日期</translation>
    </message>
    <message>
        <source>Say why: it is how the next deal goes better.</source>
        <translation>请写下原因：下一单才能做得更好。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周计划</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>&amp;New plan file…</source>
        <translation>新建计划文件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open plan file…</source>
        <translation>打开计划文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;copy / Backup…</source>
        <translation>另存副本 / 备份(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>导入工作簿(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export plan workbook…</source>
        <translation>导出计划工作簿(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Write back to workbook…</source>
        <translation>写回原工作簿(&amp;W)…</translation>
    </message>
    <message>
        <source>Add the deals and activities logged here to the workbook they were imported from</source>
        <translation>把在这里记录的成交和活动添加到它们导入时所在的工作簿</translation>
    </message>
    <message>
        <source>Write back</source>
        <translation>写回工作簿</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>导入记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Every import of this plan; take one back</source>
        <translation>本计划的每次导入；可撤销其中一次</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;goal…</source>
        <translation>新建目标(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About SalesPlanner</source>
        <translation>关于跑单规划(&amp;A)</translation>
    </message>
    <message>
        <source>Weekly &amp;report…</source>
        <translation>周报(&amp;R)…</translation>
    </message>
    <message>
        <source>The week's report to copy into WeChat or e-mail, or to save as a PDF</source>
        <translation>本周的周报：复制到微信或邮件，或保存为 PDF</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>团队(&amp;T)…</translation>
    </message>
    <message>
        <source>Share a snapshot with your team; a manager's view of the team folder</source>
        <translation>与团队分享业绩快照；经理查看团队文件夹</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Import is not available in this build.</source>
        <translation>此版本不支持导入。</translation>
    </message>
    <message>
        <source>Published your snapshot to {folder}.</source>
        <translation>已将你的业绩快照发布到 {folder}。</translation>
    </message>
    <message>
        <source>Export plan workbook</source>
        <translation>导出计划工作簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，没有写入任何内容。</translation>
    </message>
    <message>
        <source>Exported to {path}; the week plan is the week of {date}.</source>
        <translation>已导出到 {path}；周计划为 {date} 这一周。</translation>
    </message>
    <message>
        <source>New plan file</source>
        <translation>新建计划文件</translation>
    </message>
    <message>
        <source>SalesPlanner plan (*.db)</source>
        <translation>跑单规划计划文件 (*.db)</translation>
    </message>
    <message>
        <source>{path} already exists; choose Open to use it.</source>
        <translation>{path} 已存在；请用“打开”来使用它。</translation>
    </message>
    <message>
        <source>Open plan file</source>
        <translation>打开计划文件</translation>
    </message>
    <message>
        <source>SalesPlanner plan (*.db);;All files (*)</source>
        <translation>跑单规划计划文件 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation>副本已保存到 {path}</translation>
    </message>
    <message>
        <source>About SalesPlanner</source>
        <translation>关于跑单规划</translation>
    </message>
    <message>
        <source>&lt;b&gt;SalesPlanner {version}&lt;/b&gt;&lt;p&gt;Set a sales target, turn it into a weekly plan, track what happens and correct course — offline.&lt;/p&gt;</source>
        <translation>&lt;b&gt;跑单规划 {version}&lt;/b&gt;&lt;p&gt;设定销售目标，分解成每周计划，跟踪实际进展并及时调整——完全离线。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name}（只读）</translation>
    </message>
    <message>
        <source>Read-only: {path}</source>
        <translation>只读：{path}</translation>
    </message>
    <message>
        <source>This plan file or its folder cannot be written to: you can look at it and export it, but not change it. Copy it to a folder you can write to, then open the copy.</source>
        <translation>无法写入此计划文件或其所在文件夹：可以查看和导出，但不能修改。请把它复制到可写的文件夹，再打开副本。</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>（仅在内存中）</translation>
    </message>
    <message>
        <source>Waiting: another program is writing to the plan file…</source>
        <translation>正在等待：另一个程序正在写入计划文件…</translation>
    </message>
</context>
<context>
    <name>MergeProposalsDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>疑似重复的客户</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>合并进来</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Not the same company</source>
        <translation>不是同一家公司</translation>
    </message>
    <message>
        <source>Do not propose these two again</source>
        <translation>不再建议合并这两个客户</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) may be another one under a second name (a legal form like 有限公司, spaces or full-width letters). Merging moves all their records.</source>
        <translation>
            <numerusform>%n 个客户看起来与另一个客户是同一家公司（差别只在“有限公司”等后缀、空格或全角字母）。合并会移动它们的全部记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer looks like another one.</source>
        <translation>没有看起来重复的客户。</translation>
    </message>
    <message>
        <source>Records moved from {other} to {keep}: {count}.</source>
        <translation>已从{other}移到{keep}的记录：{count} 条。</translation>
    </message>
    <message>
        <source>{other} is not {keep}</source>
        <translation>{other}不是{keep}</translation>
    </message>
    <message>
        <source>{other} and {keep} are kept apart and not proposed again.</source>
        <translation>{other}和{keep}保持分开，不再建议合并。</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>{n} d here</source>
        <translation>本阶段 {n} 天</translation>
    </message>
    <message>
        <source>no next step</source>
        <translation>没有下一步</translation>
    </message>
</context>
<context>
    <name>PipelinePane</name>
    <message>
        <source>New deal…</source>
        <translation>新商机…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Won…</source>
        <translation>赢单…</translation>
    </message>
    <message>
        <source>Lost…</source>
        <translation>输单…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>阶段设置…</translation>
    </message>
    <message>
        <source>Customer card</source>
        <translation>客户卡片</translation>
    </message>
    <message>
        <source>Open the card of the selected deal's customer</source>
        <translation>打开所选商机的客户卡片</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Filter by customer or deal…</source>
        <translation>按客户或商机筛选…</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>本月成交</translation>
    </message>
    <message>
        <source>Close date passed</source>
        <translation>成交日期已过</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>没有下一步</translation>
    </message>
    <message>
        <source>No activity for</source>
        <translation>无活动超过</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Won and lost too</source>
        <translation>含赢单和输单</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) · {sum}</source>
        <translation>
            <numerusform>%n 个商机 · {sum}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open: %n deal(s) · {sum} · weighted {weighted}</source>
        <translation>
            <numerusform>进行中：%n 个商机 · {sum} · 加权 {weighted}</numerusform>
        </translation>
    </message>
    <message>
        <source>weighted {sum}</source>
        <translation>加权 {sum}</translation>
    </message>
    <message>
        <source>this month: {n} · {sum}</source>
        <translation>本月：{n} 个 · {sum}</translation>
    </message>
    <message>
        <source>drop a deal here</source>
        <translation>把商机拖到这里</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>商机</translation>
    </message>
</context>
<context>
    <name>ProgressPane</name>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Whole goal</source>
        <translation>整个目标</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Expected to date</source>
        <translation>截至目前应达</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Forecast from the pipeline</source>
        <translation>基于商机的预测</translation>
    </message>
    <message>
        <source>What holds the goal back</source>
        <translation>目标卡在哪里</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Catch-up plan</source>
        <translation>追赶计划</translation>
    </message>
    <message>
        <source>Options for next week</source>
        <translation>下周可选措施</translation>
    </message>
    <message>
        <source>Apply to next week</source>
        <translation>应用到下周</translation>
    </message>
    <message>
        <source>Target review</source>
        <translation>目标复核</translation>
    </message>
    <message>
        <source>Revise target…</source>
        <translation>调整目标…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>每周复盘</translation>
    </message>
    <message>
        <source>Cumulative sales</source>
        <translation>累计销售额</translation>
    </message>
    <message>
        <source>Weekly bars</source>
        <translation>每周柱状图</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>冲刺</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{odds}.</source>
        <translation>{odds}。</translation>
    </message>
    <message>
        <source>No open deals and no closed ones yet: the forecast is what was won. Add the deals you are chasing in the Pipeline pane.</source>
        <translation>还没有进行中或已结束的商机：预测即为已成交金额。请在“商机”页添加正在跟进的商机。</translation>
    </message>
    <message>
        <source>To catch up:</source>
        <translation>追赶办法：</translation>
    </message>
    <message>
        <source>No goal yet: set a goal to see progress against it.</source>
        <translation>还没有目标：设定目标后即可查看进度。</translation>
    </message>
    <message>
        <source>The goal's first week</source>
        <translation>目标的第一周</translation>
    </message>
    <message>
        <source>The goal's first month</source>
        <translation>目标的第一个月</translation>
    </message>
    <message>
        <source>{low} – {high}</source>
        <translation>{low} – {high}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{period}&lt;/b&gt; ({start} – {end}): &lt;b&gt;{actual}&lt;/b&gt; of {target} · expected to date {expected} · forecast {forecast} · {left} working days left</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt;（{start} – {end}）：&lt;b&gt;{actual}&lt;/b&gt; / {target} · 截至目前应达 {expected} · 预测 {forecast} · 剩余 {left} 个工作日</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>Well behind</source>
        <translation>严重落后</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>{date} 这一周</translation>
    </message>
    <message>
        <source>The goal “{goal}” starts on {date}: there is nothing to diagnose before then. Plan its first week in the Week pane.</source>
        <translation>目标“{goal}”从 {date} 开始：在此之前没有可诊断的内容。可以先在“周计划”中安排它的第一周。</translation>
    </message>
    <message>
        <source>Plan for the rest of the period</source>
        <translation>剩余时间的计划</translation>
    </message>
    <message>
        <source>Latest forecast off by {pct}.</source>
        <translation>最新预测偏差 {pct}。</translation>
    </message>
    <message numerus="yes">
        <source>The forecast has not stayed more than {pct} off the target for %n week(s): keep the target.</source>
        <translation>
            <numerusform>预测并未连续 %n 周偏离目标超过 {pct}：保持目标不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) added and {moved} changed, {first} – {last}.</source>
        <translation>
            <numerusform>已加入 %n 个时间块、调整 {moved} 个，{first} – {last}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add catch-up visits to next week</source>
        <translation>在下周增加追赶拜访</translation>
    </message>
    <message>
        <source>Add catch-up phone visits to next week</source>
        <translation>在下周增加追赶电话拜访</translation>
    </message>
    <message>
        <source>Move blocks to customer development</source>
        <translation>把时间块挪到客户开发</translation>
    </message>
    <message>
        <source>Nothing fits next week: no block was added or changed.</source>
        <translation>下周排不下：没有加入或调整任何时间块。</translation>
    </message>
    <message>
        <source>Revise the target</source>
        <translation>调整目标</translation>
    </message>
</context>
<context>
    <name>QuickEntryBar</name>
    <message>
        <source>Log what you did (Ctrl+L): visit 华星科技 · contract 3.5万 华星科技 · phone 3</source>
        <translation>记录你做了什么（Ctrl+L）：拜访 华星科技 · 签约 3.5万 华星科技 · 电话 3</translation>
    </message>
    <message>
        <source>Type what you did and press Enter, e.g. “visit 华星科技”, “phone 3”, “contract 3.5万 华星科技”, “跟进 华星科技”, “签约 3.5万 华星科技”, “yesterday visit 华星科技: demo booked”. Ctrl+Z undoes it.</source>
        <translation>输入你做了什么然后按回车，例如“拜访 华星科技”“电话 3”“签约 3.5万 华星科技”“跟进 华星科技”“visit 华星科技”“昨天 拜访 华星科技: 已约演示”。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>“{name}” is not a customer yet: Enter makes a new one</source>
        <translation>“{name}”还不是客户：按回车将新建客户</translation>
    </message>
    <message>
        <source>“{name}” matches {n} customers: Enter asks which</source>
        <translation>“{name}”对应 {n} 个客户：按回车选择是哪一个</translation>
    </message>
    <message>
        <source>next follow-up {date}</source>
        <translation>下次跟进 {date}</translation>
    </message>
    <message>
        <source>Is “{name}” the customer’s name? It is not a count (a count is a whole number from 1). Press Enter again to log it with that name, or change the line.</source>
        <translation>“{name}”是客户名称吗？它不是次数（次数是从 1 起的整数）。再按一次回车即以此名称记录，或修改这一行。</translation>
    </message>
    <message>
        <source>“{name}” matches several customers. Which one?</source>
        <translation>“{name}”对应多个客户，是哪一个？</translation>
    </message>
    <message>
        <source>“{name}” is not a customer yet. Make a new one, or pick an existing one:</source>
        <translation>“{name}”还不是客户。新建一个，或选择已有客户：</translation>
    </message>
    <message>
        <source>Log “{text}”</source>
        <translation>记录“{text}”</translation>
    </message>
    <message>
        <source>Logged {count} × {activity}</source>
        <translation>已记录 {count} 次{activity}</translation>
    </message>
    <message>
        <source>(new customer)</source>
        <translation>（新客户）</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>New deal · {customer} · {amount} · {stage}</source>
        <translation>新商机 · {customer} · {amount} · {stage}</translation>
    </message>
    <message>
        <source>Deal moved · {customer} · {stage}</source>
        <translation>商机推进 · {customer} · {stage}</translation>
    </message>
    <message>
        <source>Deal won · {customer} · {amount}</source>
        <translation>赢单 · {customer} · {amount}</translation>
    </message>
    <message>
        <source>Deal lost · {customer}</source>
        <translation>输单 · {customer}</translation>
    </message>
    <message>
        <source>Log an activity…</source>
        <translation>记录一项活动…</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Greeting…</source>
        <translation>写祝福…</translation>
    </message>
    <message>
        <source>Write the greeting from a template, copy it, and log it as sent</source>
        <translation>按模板写祝福、复制，并记为已发送</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation>一小时后</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Until next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <source>Reminders ({count})</source>
        <translation>提醒（{count}）</translation>
    </message>
    <message>
        <source>Nothing due. Well done.</source>
        <translation>没有到期的事项，做得好。</translation>
    </message>
</context>
<context>
    <name>ReviseTargetDialog</name>
    <message>
        <source>Revise the target</source>
        <translation>调整目标</translation>
    </message>
    <message>
        <source>The current target and every earlier version are kept.</source>
        <translation>当前目标和所有之前的版本都会保留。</translation>
    </message>
    <message>
        <source>Current target</source>
        <translation>当前目标</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>新目标</translation>
    </message>
    <message>
        <source>e.g. a key customer postponed its budget</source>
        <translation>例如：重点客户推迟了预算</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Greetings</source>
        <translation>祝福语</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>数据文件</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>A new language applies the next time you start SalesPlanner.</source>
        <translation>新语言将在下次启动跑单规划时生效。</translation>
    </message>
    <message>
        <source>10k yuan (万元)</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Yuan (元)</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Show amounts in:</source>
        <translation>金额单位：</translation>
    </message>
    <message>
        <source>Week starts on:</source>
        <translation>每周开始于：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> days without activity</source>
        <translation> 天无跟进</translation>
    </message>
    <message>
        <source>{abc}: every </source>
        <translation>{abc} 类：每 </translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>工作时间：</translation>
    </message>
    <message>
        <source>Free buffer per day:</source>
        <translation>每天预留缓冲：</translation>
    </message>
    <message>
        <source>Time for learning:</source>
        <translation>学习时间占比：</translation>
    </message>
    <message>
        <source>Follow-ups per day:</source>
        <translation>每天跟进数：</translation>
    </message>
    <message>
        <source>A deal is stale after:</source>
        <translation>商机停滞判定：</translation>
    </message>
    <message>
        <source>Follow up customers:</source>
        <translation>客户跟进周期：</translation>
    </message>
    <message>
        <source>Days not worked each week:</source>
        <translation>每周休息日：</translation>
    </message>
    <message>
        <source>Public holidays of:</source>
        <translation>法定节假日地区：</translation>
    </message>
    <message>
        <source>Your own days off (leave, trips) and public holidays not yet published: the plan puts no work on them. Make-up working days (调休上班) count as working days.</source>
        <translation>你自己的休息日（请假、出差）和尚未公布的法定假日：计划不会在这些日子安排工作。调休上班日按工作日计算。</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Add day off</source>
        <translation>添加休息日</translation>
    </message>
    <message>
        <source>Add make-up working day</source>
        <translation>添加调休上班日</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Import holiday calendar (.ics)…</source>
        <translation>导入节假日日历（.ics）…</translation>
    </message>
    <message>
        <source>Each event of the calendar becomes a day off (holiday); an event whose title says 班 (补班, 上班) or “working day” becomes a make-up working day.</source>
        <translation>日历中的每个事件记为休息日（节假日）；标题含“班”（补班、上班）或“working day”的事件记为调休上班日。</translation>
    </message>
    <message>
        <source>Birthdays and coming holidays remind you to send a greeting. Write a few texts, one a line: {name} is the person greeted, {holiday} the holiday. Empty: the built-in texts in your language.</source>
        <translation>生日和即将到来的节日会提醒你发送祝福。写几条祝福语，每行一条：{name} 代表被祝福的人，{holiday} 代表节日。留空则使用内置的祝福语。</translation>
    </message>
    <message>
        <source>Birthday greetings:</source>
        <translation>生日祝福：</translation>
    </message>
    <message>
        <source>Holiday greetings:</source>
        <translation>节日祝福：</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>打开备份文件夹</translation>
    </message>
    <message>
        <source>Once a day, when a plan file is opened, a copy goes into the backups folder; older copies beyond this number are deleted.</source>
        <translation>每天第一次打开计划文件时，会在备份文件夹中保存一份副本；超出此数量的旧副本会被删除。</translation>
    </message>
    <message>
        <source>Plan file:</source>
        <translation>计划文件：</translation>
    </message>
    <message>
        <source>Automatic backups to keep:</source>
        <translation>保留自动备份数：</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>(in memory, not saved)</source>
        <translation>（仅在内存中，未保存）</translation>
    </message>
    <message>
        <source>Import holiday calendar</source>
        <translation>导入节假日日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar 日历文件 (*.ics);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{name} is not a holiday calendar (.ics) that can be read.</source>
        <translation>{name} 不是可读取的节假日日历（.ics）。</translation>
    </message>
    <message>
        <source>{off} days off and {work} make-up working days from {name}.</source>
        <translation>已从 {name} 导入 {off} 个休息日和 {work} 个调休上班日。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) left out (no date, or longer than a month).</source>
        <translation>
            <numerusform>%n 个事件未导入（没有日期，或超过一个月）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the plan file to</source>
        <translation>把计划文件移动到</translation>
    </message>
    <message>
        <source>SalesPlanner plan (*.db)</source>
        <translation>跑单规划计划文件 (*.db)</translation>
    </message>
    <message>
        <source>The plan file is now at {path}.</source>
        <translation>计划文件现在位于 {path}。</translation>
    </message>
    <message>
        <source>The old file could not be removed: {path}</source>
        <translation>无法删除旧文件：{path}</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Mainland China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>中国澳门</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>韩国</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>No public holidays</source>
        <translation>不使用法定节假日</translation>
    </message>
    <message>
        <source>The new language applies the next time you start SalesPlanner.</source>
        <translation>新语言将在下次启动跑单规划时生效。</translation>
    </message>
</context>
<context>
    <name>SmartPage</name>
    <message>
        <source>4. SMART check</source>
        <translation>4. SMART 检查</translation>
    </message>
    <message>
        <source>Write the goal down. Each criterion turns green when it is met.</source>
        <translation>把目标写下来。每项标准满足后会变成绿色。</translation>
    </message>
    <message>
        <source>e.g. This quarter, 980,000 yuan of software sales</source>
        <translation>例如：本季度软件销售额 98 万元</translation>
    </message>
    <message>
        <source>product line, segment or channel, e.g. the new version</source>
        <translation>产品线、细分市场或渠道，例如新版本</translation>
    </message>
    <message>
        <source>e.g. the company is pushing the new version this year</source>
        <translation>例如：公司今年主推新版本</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Goal statement:</source>
        <translation>目标陈述：</translation>
    </message>
    <message>
        <source>Focus:</source>
        <translation>重点：</translation>
    </message>
    <message>
        <source>Serves company focus:</source>
        <translation>服务于公司重点：</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>Goal wizard</source>
        <translation>目标向导</translation>
    </message>
    <message>
        <source>The deadline is before the start.</source>
        <translation>截止日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>StagesDialog</name>
    <message>
        <source>Stages</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Name of the new stage</source>
        <translation>新阶段的名称</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Give the new stage a name.</source>
        <translation>请为新阶段填写名称。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>7. Summary</source>
        <translation>7. 总结</translation>
    </message>
    <message>
        <source>Check the plan and save it. You can reopen and edit it later; earlier versions are kept.</source>
        <translation>检查计划并保存。之后可以重新打开编辑，之前的版本会保留。</translation>
    </message>
    <message>
        <source>Key result areas (one a line)</source>
        <translation>关键结果领域（每行一项）</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>所需资源</translation>
    </message>
    <message>
        <source>Risks and fallbacks</source>
        <translation>风险与备选方案</translation>
    </message>
    <message>
        <source>Why the change (kept with the earlier version):</source>
        <translation>修改原因（与之前版本一起保存）：</translation>
    </message>
    <message>
        <source>Customer development</source>
        <translation>客户开发</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>客户跟进</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Contract negotiation</source>
        <translation>合同谈判</translation>
    </message>
    <message>
        <source>CRM for customer data</source>
        <translation>用 CRM 管理客户资料</translation>
    </message>
    <message>
        <source>20% of time for learning</source>
        <translation>20% 的时间用于学习</translation>
    </message>
    <message>
        <source>Visits fall short → more phone visits</source>
        <translation>拜访不足 → 增加电话拜访</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Activities in total</source>
        <translation>活动总数</translation>
    </message>
</context>
<context>
    <name>TargetChart</name>
    <message>
        <source>{start} – {end}: {amount}</source>
        <translation>{start} – {end}：{amount}</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Share with my team</source>
        <translation>与团队分享</translation>
    </message>
    <message>
        <source>Team view (manager)</source>
        <translation>团队总览（经理）</translation>
    </message>
    <message>
        <source>Your name as the team sees it</source>
        <translation>团队看到的你的名字</translation>
    </message>
    <message>
        <source>A synced folder, or a WebDAV address such as https://dav.jianguoyun.com/dav/team</source>
        <translation>同步文件夹，或 WebDAV 地址，例如 https://dav.jianguoyun.com/dav/team</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Not stored; asked again next time</source>
        <translation>不保存；下次再输入</translation>
    </message>
    <message>
        <source>Numbers only</source>
        <translation>只分享数字</translation>
    </message>
    <message>
        <source>Numbers and my top customers' names</source>
        <translation>数字和我的重点客户名称</translation>
    </message>
    <message>
        <source>Publish after each weekly review</source>
        <translation>每次写完周复盘后发布</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>团队文件夹</translation>
    </message>
    <message>
        <source>WebDAV user</source>
        <translation>WebDAV 用户名</translation>
    </message>
    <message>
        <source>WebDAV password</source>
        <translation>WebDAV 密码</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>分享内容</translation>
    </message>
    <message>
        <source>Contacts' phone numbers, WeChat and e-mail are never shared. The snapshot holds your targets and results, activity counts and your last weekly review.</source>
        <translation>联系人的电话、微信和邮箱绝不会分享。快照只包含你的目标与业绩、活动次数和最近一次周复盘。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>立即发布</translation>
    </message>
    <message>
        <source>Check for a quota</source>
        <translation>查看下达的指标</translation>
    </message>
    <message>
        <source>Make it my goal…</source>
        <translation>设为我的目标…</translation>
    </message>
    <message>
        <source>Opens the goal wizard with the quota's dates and amount; nothing is saved until you finish it.</source>
        <translation>用指标的日期和金额打开目标向导；完成向导之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>A snapshot is waiting to be published to {folder}.</source>
        <translation>有一份快照正等待发布到 {folder}。</translation>
    </message>
    <message>
        <source>Team settings</source>
        <translation>团队设置</translation>
    </message>
    <message>
        <source>Team settings saved.</source>
        <translation>团队设置已保存。</translation>
    </message>
    <message>
        <source>Publish to the team</source>
        <translation>发布到团队</translation>
    </message>
    <message>
        <source>Publishing your snapshot…</source>
        <translation>正在发布你的快照…</translation>
    </message>
    <message>
        <source>Published {file} to {folder}.</source>
        <translation>已发布 {file} 到 {folder}。</translation>
    </message>
    <message>
        <source>Reading the team folder…</source>
        <translation>正在读取团队文件夹…</translation>
    </message>
    <message>
        <source>No quota has been published for you.</source>
        <translation>还没有给你下达指标。</translation>
    </message>
    <message>
        <source>{manager} proposes a quota of {amount} for {start} – {end}. It is a proposal: your own goal is not changed; “Make it my goal…” starts a goal from it.</source>
        <translation>{manager} 建议你在 {start} – {end} 的指标为 {amount}。这只是建议：你自己的目标不会改变；点“设为我的目标…”可据此新建目标。</translation>
    </message>
    <message>
        <source>Your manager</source>
        <translation>你的经理</translation>
    </message>
    <message>
        <source>Your own goal for these dates: {amount}.</source>
        <translation>你自己在这段日期的目标：{amount}。</translation>
    </message>
    <message>
        <source>Quota from {manager}, published {date}</source>
        <translation>来自{manager}的指标，发布于 {date}</translation>
    </message>
    <message>
        <source>your manager</source>
        <translation>你的经理</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Whole goal</source>
        <translation>整个目标期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>达成概率</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖倍数</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动完成</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照日期</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>障碍</translation>
    </message>
    <message>
        <source>Help needed</source>
        <translation>需要的支持</translation>
    </message>
    <message>
        <source>Split a team target into quotas</source>
        <translation>把团队目标分解为个人指标</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s): won {won} of {target} ({share}); forecast {forecast}; open pipeline {pipeline}.</source>
        <translation>
            <numerusform>%n 名销售：成交 {won}，目标 {target}（{share}）；预测 {forecast}；在途商机 {pipeline}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reps reporting another period: {n} (in grey, not added in).</source>
        <translation>另有 {n} 名销售报告的是其他期间（灰色显示，未计入合计）。</translation>
    </message>
    <message>
        <source>By history</source>
        <translation>按历史业绩</translation>
    </message>
    <message>
        <source>Evenly</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动填写</translation>
    </message>
    <message>
        <source>Type a rep's quota in the Quota column; reps left empty share the rest by history.</source>
        <translation>在“指标”列里填写销售的指标；留空的销售按历史业绩分摊余下部分。</translation>
    </message>
    <message>
        <source>Split and publish</source>
        <translation>分解并发布</translation>
    </message>
    <message>
        <source>Team target</source>
        <translation>团队目标</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Team period {start} – {end}.</source>
        <translation>团队统计期：{start} – {end}。</translation>
    </message>
    <message>
        <source>Team activities this month: {list}</source>
        <translation>团队本月活动：{list}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation>（已过期）</translation>
    </message>
    <message>
        <source> ({start} – {end}, not added in)</source>
        <translation>（{start} – {end}，未计入）</translation>
    </message>
    <message>
        <source>Cannot read: {reason}</source>
        <translation>无法读取：{reason}</translation>
    </message>
    <message>
        <source>Open the team folder first, then type the quotas in the Quota column.</source>
        <translation>请先打开团队文件夹，再在“指标”列里填写指标。</translation>
    </message>
    <message>
        <source>Quota of {rep}: “{text}” is not an amount.</source>
        <translation>{rep} 的指标：“{text}”不是金额。</translation>
    </message>
    <message>
        <source>The quota period ends before it starts.</source>
        <translation>指标期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Publishing the quotas…</source>
        <translation>正在发布指标…</translation>
    </message>
    <message>
        <source>Quotas published: {total} over {n} reps.</source>
        <translation>指标已发布：{total}，分给 {n} 名销售。</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>… and {n} more</source>
        <translation>……还有 {n} 项</translation>
    </message>
    <message>
        <source>SalesPlanner reminders</source>
        <translation>跑单规划提醒</translation>
    </message>
</context>
<context>
    <name>WeekPane</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Previous week (Page Up)</source>
        <translation>上一周（Page Up）</translation>
    </message>
    <message>
        <source>Next week (Page Down)</source>
        <translation>下一周（Page Down）</translation>
    </message>
    <message>
        <source>Jump to a date</source>
        <translation>跳转到日期</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <source>Save the week's plan for a phone or Outlook calendar</source>
        <translation>把本周计划保存为手机或 Outlook 日历可用的文件</translation>
    </message>
    <message>
        <source>Fold weekend</source>
        <translation>折叠周末</translation>
    </message>
    <message>
        <source>Drag to plan · double-click to edit · Space marks done · Ctrl+L logs anything</source>
        <translation>拖动来安排 · 双击编辑 · 空格标记完成 · Ctrl+L 记录任何活动</translation>
    </message>
    <message>
        <source>No plan for this week yet. Drag on the calendar to add a block, or choose Templates → Apply the method's weekly template.</source>
        <translation>本周还没有计划。在日历上拖动即可添加时间块，或选择“模板 → 套用方法中的周模板”。</translation>
    </message>
    <message>
        <source>Week {week} · {start} – {end}, {year}</source>
        <translation>{year} 年第 {week} 周 · {start} – {end}</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Resize time block</source>
        <translation>调整时间块长度</translation>
    </message>
    <message>
        <source>Move time block</source>
        <translation>移动时间块</translation>
    </message>
    <message>
        <source>Edit time block</source>
        <translation>编辑时间块</translation>
    </message>
    <message>
        <source>Copied {activity}; Ctrl+V pastes it at the cursor.</source>
        <translation>已复制{activity}；按 Ctrl+V 粘贴到光标处。</translation>
    </message>
    <message>
        <source>Paste time block</source>
        <translation>粘贴时间块</translation>
    </message>
    <message>
        <source>Mark block done</source>
        <translation>标记时间块完成</translation>
    </message>
    <message>
        <source>Logged {count} × {activity}.</source>
        <translation>已记录 {count} 次{activity}。</translation>
    </message>
    <message>
        <source>Next follow-up with {customer}: {date}.</source>
        <translation>下次跟进{customer}：{date}。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Open customer card</source>
        <translation>打开客户卡片</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New block here…</source>
        <translation>在此新建时间块…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Planned {start} on {date} for {customer}.</source>
        <translation>已为{customer}安排 {date} {start} 的跟进。</translation>
    </message>
    <message>
        <source>Apply the method's weekly template</source>
        <translation>套用方法中的周模板</translation>
    </message>
    <message>
        <source>Apply my template</source>
        <translation>套用我的模板</translation>
    </message>
    <message>
        <source>Copy last week</source>
        <translation>复制上一周</translation>
    </message>
    <message>
        <source>Save this week as a template…</source>
        <translation>把本周存为模板…</translation>
    </message>
    <message>
        <source>Apply week template</source>
        <translation>套用周模板</translation>
    </message>
    <message numerus="yes">
        <source>Added %n block(s) from the template (past days, holidays and planned slots skipped).</source>
        <translation>
            <numerusform>已从模板加入 %n 个时间块（已跳过过去的日子、假日和已安排的时段）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Does not fit in the template's hours: {items}.</source>
        <translation>模板的时间内排不下：{items}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Learning is {minutes} min short of its share of the week: no free hours left.</source>
        <translation>学习时间比本周应占比例少 {minutes} 分钟：已没有空闲时段。</translation>
    </message>
    <message>
        <source>Copied {n} blocks from last week.</source>
        <translation>已从上一周复制 {n} 个时间块。</translation>
    </message>
    <message>
        <source>Saved the week as template “{name}”.</source>
        <translation>已把本周存为模板“{name}”。</translation>
    </message>
    <message>
        <source>Export week to calendar</source>
        <translation>把本周导出到日历</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Saved {n} events to {path}</source>
        <translation>已把 {n} 个日程保存到 {path}</translation>
    </message>
    <message>
        <source>Reminder done</source>
        <translation>提醒已完成</translation>
    </message>
    <message>
        <source>Greeting sent</source>
        <translation>已发送祝福</translation>
    </message>
    <message>
        <source>Greeting to {customer} logged.</source>
        <translation>已记录发给{customer}的祝福。</translation>
    </message>
    <message>
        <source>Greeting logged.</source>
        <translation>已记录祝福。</translation>
    </message>
    <message>
        <source>Snooze reminder</source>
        <translation>稍后提醒</translation>
    </message>
</context>
<context>
    <name>WeeklyReportDialog</name>
    <message>
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文字</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>The report text is on the clipboard.</source>
        <translation>周报文字已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Weekly report {year}-W{week:02d}.pdf</source>
        <translation>周报 {year}-W{week:02d}.pdf</translation>
    </message>
    <message>
        <source>Save the weekly report</source>
        <translation>保存周报</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>无法保存 {file}：{reason}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>已保存 {file}。</translation>
    </message>
</context>
<context>
    <name>WeeklyReviewPanel</name>
    <message>
        <source>Week of</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>有效的做法</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>遇到的障碍</translation>
    </message>
    <message>
        <source>Adjustments for next week</source>
        <translation>下周的调整</translation>
    </message>
    <message>
        <source>Help to ask the team for</source>
        <translation>需要团队支持的事</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>保存复盘</translation>
    </message>
    <message>
        <source>Past reviews</source>
        <translation>以往复盘</translation>
    </message>
    <message>
        <source>Sales {actual} of {target}</source>
        <translation>销售额 {actual} / {target}</translation>
    </message>
    <message>
        <source>Sales {actual}</source>
        <translation>销售额 {actual}</translation>
    </message>
    <message>
        <source>Week of {date}: {text}</source>
        <translation>{date} 这一周：{text}</translation>
    </message>
    <message>
        <source>Save the review of the week of {date}</source>
        <translation>保存 {date} 这一周的复盘</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to SalesPlanner</source>
        <translation>欢迎使用跑单规划</translation>
    </message>
    <message>
        <source>Set a sales target you can believe in, turn it into a plan for every week, record what you do and see early when you fall behind. Everything stays on this computer, in one plan file.</source>
        <translation>设定一个你相信能实现的销售目标，把它分解成每周计划，记录你做的事，落后时尽早发现。所有数据都保存在这台电脑上的一个计划文件中。</translation>
    </message>
    <message>
        <source>Set my goal</source>
        <translation>设定我的目标</translation>
    </message>
    <message>
        <source>The wizard turns last year's sales into a target and a weekly plan.</source>
        <translation>向导会根据去年的销售业绩生成目标和每周计划。</translation>
    </message>
    <message>
        <source>Import my workbook…</source>
        <translation>导入我的工作簿…</translation>
    </message>
    <message>
        <source>Bring in the sales, customer or activity sheets you already keep.</source>
        <translation>导入你现有的销售、客户或活动表格。</translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation>用演示数据体验</translation>
    </message>
    <message>
        <source>Look around in an example plan first; your own file stays empty.</source>
        <translation>先在示例计划中看看；你自己的文件保持为空。</translation>
    </message>
    <message>
        <source>Start with an empty plan</source>
        <translation>从空白计划开始</translation>
    </message>
</context>
<context>
    <name>WinDialog</name>
    <message>
        <source>Won: {deal}</source>
        <translation>赢单：{deal}</translation>
    </message>
    <message>
        <source>Final amount</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <source>Won on</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>Type the final amount, e.g. 11.5万.</source>
        <translation>请填写成交金额，如 11.5万。</translation>
    </message>
</context>
<context>
    <name>WriteBackDialog</name>
    <message>
        <source>Write back to workbook</source>
        <translation>写回原工作簿</translation>
    </message>
    <message>
        <source>SalesPlanner first makes a backup copy of the workbook, then adds the deals or activities you logged since the import as new rows in the sheet's own columns, above its total row if it has one.</source>
        <translation>跑单规划会先为工作簿保存一份备份，再把导入之后记录的成交或活动按该工作表原有的列添加为新行；如果表格有合计行，新行会插在合计行之上。</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Last written back</source>
        <translation>上次写回</translation>
    </message>
    <message>
        <source>New to add</source>
        <translation>待添加</translation>
    </message>
    <message>
        <source>There is no workbook to write back to yet. Write-back adds rows to an .xlsx or .xlsm workbook you imported sales records or an activity log from (File → Import workbook…), as long as it is still where you imported it from.</source>
        <translation>还没有可以写回的工作簿。写回会把新行添加到你导入过销售记录或活动记录的 .xlsx 或 .xlsm 工作簿（文件 → 导入工作簿…），前提是该文件仍在导入时的位置。</translation>
    </message>
    <message>
        <source>Write back</source>
        <translation>写回</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Workbook:</source>
        <translation>工作簿：</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>New rows:</source>
        <translation>新增行：</translation>
    </message>
    <message>
        <source>Backup copy:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <source>New deals to add: {n} (logged in SalesPlanner since {when}).</source>
        <translation>待添加的成交：{n} 条（{when} 之后在跑单规划中记录）。</translation>
    </message>
    <message>
        <source>New activities to add: {n} (logged in SalesPlanner since {when}).</source>
        <translation>待添加的活动：{n} 条（{when} 之后在跑单规划中记录）。</translation>
    </message>
    <message>
        <source>Nothing to add: no deals were logged in SalesPlanner since {when}.</source>
        <translation>没有需要添加的内容：{when} 之后没有在跑单规划中记录新的成交。</translation>
    </message>
    <message>
        <source>Nothing to add: no activities were logged in SalesPlanner since {when}.</source>
        <translation>没有需要添加的内容：{when} 之后没有在跑单规划中记录新的活动。</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>正在检查“{file}”…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取“{file}”…</translation>
    </message>
    <message>
        <source>Opening {file} for writing…</source>
        <translation>正在打开“{file}”以便写入…</translation>
    </message>
    <message>
        <source>Adding the new rows…</source>
        <translation>正在添加新行…</translation>
    </message>
    <message>
        <source>Saving the new version of {file}…</source>
        <translation>正在保存“{file}”的新版本…</translation>
    </message>
    <message>
        <source>Making the backup copy and replacing {file}; this cannot be cancelled any more…</source>
        <translation>正在保存备份并替换“{file}”，此时已无法取消…</translation>
    </message>
    <message>
        <source>Nothing was written: there was nothing new to add.</source>
        <translation>没有写入任何内容：没有需要添加的新记录。</translation>
    </message>
    <message>
        <source>Written back to {file}.</source>
        <translation>已写回“{file}”。</translation>
    </message>
    <message>
        <source>{n} (rows {first}–{last})</source>
        <translation>{n} 行（第 {first}–{last} 行）</translation>
    </message>
    <message>
        <source>Cancel came too late: the workbook had already been replaced.</source>
        <translation>取消得太晚了：工作簿已经被替换。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>This installation has no {0} translation, so SalesPlanner is shown in English. Reinstall it to get the {0} texts back.</source>
        <translation>此安装缺少{0}翻译，因此跑单规划以英文显示。重新安装即可恢复{0}文字。</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>no records</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Removing this import deletes {what}.</source>
        <translation>撤销这次导入将删除：{what}。</translation>
    </message>
    <message>
        <source>sales: {n}</source>
        <translation>销售 {n} 笔</translation>
    </message>
    <message>
        <source>activities: {n}</source>
        <translation>活动 {n} 条</translation>
    </message>
    <message>
        <source>customers: {n}</source>
        <translation>客户 {n} 位</translation>
    </message>
    <message>
        <source>contacts: {n}</source>
        <translation>联系人 {n} 位</translation>
    </message>
    <message>
        <source>opportunities: {n}</source>
        <translation>商机 {n} 个</translation>
    </message>
    <message>
        <source>stage changes: {n}</source>
        <translation>阶段变更 {n} 条</translation>
    </message>
    <message>
        <source>deals put back as they were: {n}</source>
        <translation>商机恢复原样：{n}</translation>
    </message>
    <message>
        <source>calendar blocks: {n}</source>
        <translation>日程块 {n} 个</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <source>Customers kept because other records use them: {n}.</source>
        <translation>仍被其他记录使用而保留的客户：{n} 位。</translation>
    </message>
    <message>
        <source>Contacts kept because other records name them: {n}.</source>
        <translation>仍被其他记录指名而保留的联系人：{n} 位。</translation>
    </message>
    <message>
        <source>Records typed in the app that stay but lose their link to a removed row: {n}.</source>
        <translation>在应用中录入的记录保留，但与被删除记录的关联将断开：{n} 条。</translation>
    </message>
    <message>
        <source>Remove import of “{file}”</source>
        <translation>撤销导入“{file}”</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>Sales records</source>
        <translation>销售记录</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客户名单</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>Monthly targets</source>
        <translation>月度目标</translation>
    </message>
    <message>
        <source>Deals in flight (opportunities)</source>
        <translation>商机（跟进中的项目）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机名称</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next step date</source>
        <translation>下一步日期</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a workbook</source>
        <translation>选择工作簿</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xlsm, .xls), WPS or LibreOffice (.ods) workbooks and CSV files.</source>
        <translation>支持 Excel（.xlsx、.xlsm、.xls）、WPS 或 LibreOffice（.ods）工作簿以及 CSV 文件。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Sheet and kind of data</source>
        <translation>工作表与数据类型</translation>
    </message>
    <message>
        <source>SalesPlanner guessed these; change them if they are wrong.</source>
        <translation>以下由跑单规划自动识别，如有不对请修改。</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>The sheet holds:</source>
        <translation>表中数据是：</translation>
    </message>
    <message>
        <source>Column headers on row:</source>
        <translation>表头所在行：</translation>
    </message>
    <message>
        <source>The customer's name is in:</source>
        <translation>客户名称所在列：</translation>
    </message>
    <message>
        <source>Dates are written as:</source>
        <translation>日期的写法：</translation>
    </message>
    <message>
        <source>Columns and preview</source>
        <translation>列对应与预览</translation>
    </message>
    <message>
        <source>Check what each column is imported as. Red cells will be skipped; point at a cell to see why.</source>
        <translation>请核对每一列导入为什么。红色单元格所在行将被跳过；鼠标指向单元格可查看原因。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>(warning)</source>
        <translation>（提醒）</translation>
    </message>
    <message>
        <source>day/month/year (31/12/2026)</source>
        <translation>日/月/年（31/12/2026）</translation>
    </message>
    <message>
        <source>month/day/year (12/31/2026)</source>
        <translation>月/日/年（12/31/2026）</translation>
    </message>
    <message>
        <source>year/month/day (26/12/31)</source>
        <translation>年/月/日（26/12/31）</translation>
    </message>
    <message>
        <source>Columns as you mapped them last time for a workbook of this shape.</source>
        <translation>已沿用上次为同样格式工作簿设置的列对应。</translation>
    </message>
    <message>
        <source>Choose how dates are written on the previous page.</source>
        <translation>请在上一页选择日期的写法。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already in your plan.</source>
        <translation>
            <numerusform>有 %n 行已在计划中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s).</source>
        <translation>
            <numerusform>新增客户 %n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) completed with details from the file.</source>
        <translation>
            <numerusform>%n 位客户已用文件中的信息补全。</numerusform>
        </translation>
    </message>
    <message>
        <source>What you log in SalesPlanner from now on can be added to this workbook later: File → Write back to workbook…</source>
        <translation>今后在跑单规划中记录的内容，之后可以添加到这个工作簿中：文件 → 写回原工作簿…</translation>
    </message>
    <message>
        <source>%1 data rows.</source>
        <translation>共 %1 行数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 行新数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>SalesPlanner is not sure what this sheet holds (%1): choose it above.</source>
        <translation>跑单规划不确定这个工作表里是什么（%1）：请在上面选择。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped: %1.</source>
        <translation>
            <numerusform>跳过 %n 行：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Won deals: %n sale(s) written, %1 found among your sales.</source>
        <translation>
            <numerusform>赢单：新写入 %n 笔销售，%1 笔已在你的销售记录中。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1（隐藏）</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Choose a column for: %1 (needed for “%2”), or another kind of data on the previous page.</source>
        <translation>请为以下字段选择列：%1（导入“%2”需要），或返回上一页选择其他数据类型。</translation>
    </message>
    <message numerus="yes">
        <source>Pipeline: %1 open, %2 won and %n lost deal(s) (lost deals are never sales).</source>
        <translation>
            <numerusform>商机：跟进中 %1 个，赢单 %2 个，输单 %n 个（输单不计入销售）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates in column %1 can be read as %2 (“%3” in %4): choose how they are written.</source>
        <translation>%1 列的日期可读作%2（%4 中的“%3”）：请选择日期的写法。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %n row(s): %1 ready, %2 with problems.</source>
        <translation>
            <numerusform>前 %n 行预览：%1 行可导入，%2 行有问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals already in your plan: %1 moved on, %2 updated, %3 unchanged.</source>
        <translation>已在计划中的商机：%1 个换了阶段，%2 个已更新，%3 个没有变化。</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>“{text}” is not an amount</source>
        <translation>“{text}”不是金额</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>“{text}”不是数字</translation>
    </message>
    <message>
        <source>{n:g} is not a whole number of times</source>
        <translation>{n:g} 不是有效次数（须为不小于 0 的整数）</translation>
    </message>
    <message>
        <source>“{text}” is not a date</source>
        <translation>“{text}”不是日期</translation>
    </message>
    <message>
        <source>{n:g} is not a date</source>
        <translation>{n:g} 不是日期</translation>
    </message>
    <message>
        <source>a duration, not a date</source>
        <translation>这是一段时长，不是日期</translation>
    </message>
    <message>
        <source>{month}月{day}日 does not exist in {year}</source>
        <translation>{year}年没有{month}月{day}日</translation>
    </message>
    <message>
        <source>{date} is outside 1990–2100</source>
        <translation>{date} 超出 1990–2100 年的范围</translation>
    </message>
    <message>
        <source>“{text}” is not a month</source>
        <translation>“{text}”不是月份</translation>
    </message>
    <message>
        <source>“{text}” could be day/month or month/day; choose the date order</source>
        <translation>“{text}”既可读作日/月也可读作月/日；请选择日期顺序</translation>
    </message>
    <message>
        <source>“{text}” is not a date in the column's order, {order}</source>
        <translation>按本列的日期顺序（{order}），“{text}”不是日期</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <source>year/month/day</source>
        <translation>年/月/日</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first}或{second}</translation>
    </message>
    <message>
        <source>Dates in column {column} read as {order}, as {cell} (“{text}”) shows.</source>
        <translation>{column} 列的日期按{order}读取，{cell}（“{text}”）表明了这一点。</translation>
    </message>
    <message>
        <source>Dates in column {column} of {name} can be read as {orders} (“{text}” in {cell}); say which with --date-order {options}.</source>
        <translation>{name} 的 {column} 列日期可读作{orders}（{cell} 中的“{text}”）；请用 --date-order {options} 指明。</translation>
    </message>
    <message>
        <source>Unknown order of day, month and year “{order}”; use one of: {orders}.</source>
        <translation>未知的日期顺序“{order}”；请使用：{orders}。</translation>
    </message>
    <message>
        <source>the cell holds the Excel error {error}</source>
        <translation>单元格是 Excel 错误值 {error}</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>日期为空</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>金额为空</translation>
    </message>
    <message>
        <source>no amount: quantity or unit price is empty</source>
        <translation>没有金额：数量或单价为空</translation>
    </message>
    <message>
        <source>the quantity is empty</source>
        <translation>数量为空</translation>
    </message>
    <message>
        <source>the unit price is empty</source>
        <translation>单价为空</translation>
    </message>
    <message>
        <source>the activity type is empty</source>
        <translation>活动类型为空</translation>
    </message>
    <message>
        <source>the customer name is empty</source>
        <translation>客户名称为空</translation>
    </message>
    <message>
        <source>the month is empty</source>
        <translation>月份为空</translation>
    </message>
    <message>
        <source>the target is empty</source>
        <translation>目标为空</translation>
    </message>
    <message>
        <source>“{text}” is not a known activity type</source>
        <translation>“{text}”不是已知的活动类型</translation>
    </message>
    <message>
        <source>“{text}” is not a win probability (60%, 0.6); the stage's is used</source>
        <translation>“{text}”不是赢率（应写 60% 或 0.6），按阶段的赢率计</translation>
    </message>
    <message>
        <source>“{text}” is not one of your stages; the deal is put at the first one</source>
        <translation>“{text}”不是你设置的阶段，商机放在第一个阶段</translation>
    </message>
    <message>
        <source>{date} is not a plausible birthday</source>
        <translation>{date} 不是合理的生日，生日留空</translation>
    </message>
    <message>
        <source>“{text}” is not a date; birthday left empty</source>
        <translation>“{text}”不是日期，生日留空</translation>
    </message>
    <message>
        <source>{name} is already on row {row}; left out</source>
        <translation>{name} 已在第 {row} 行出现，此行未导入</translation>
    </message>
    <message>
        <source>repeats row {row} exactly; imported both — delete one if it is a mistake</source>
        <translation>与第 {row} 行完全相同；两行都已导入，如属误填请删除其中一行</translation>
    </message>
    <message>
        <source>has the same record ID as row {row}; imported both — delete one if it is a mistake</source>
        <translation>与第 {row} 行的记录编号相同；两行都已导入，如属误填请删除其中一行</translation>
    </message>
    <message>
        <source>the row has more cells than the header (a number like 1,234 without quotes splits in two and moves the cells after it); left out</source>
        <translation>该行的单元格比表头多（未加引号的 1,234 这类数字会被拆成两格，使后面的列错位），已跳过</translation>
    </message>
    <message>
        <source>unusually large ({ratio:.0f}× the typical amount); imported, please check</source>
        <translation>金额异常偏大（约为常见金额的 {ratio:.0f} 倍），已导入，请核对</translation>
    </message>
    <message>
        <source>unusually small next to the others; imported, please check</source>
        <translation>金额明显小于其他行，已导入，请核对</translation>
    </message>
    <message>
        <source>Targets laid out by month across {n} columns.</source>
        <translation>目标按月份横向排列，共 {n} 列。</translation>
    </message>
    <message>
        <source>No amount column: amount = quantity × unit price.</source>
        <translation>没有金额列：金额 = 数量 × 单价。</translation>
    </message>
    <message>
        <source>Several tables side by side: using columns {first}–{last}.</source>
        <translation>工作表中有多个并排的表格：使用 {first}–{last} 列。</translation>
    </message>
    <message>
        <source>{header}: values are in units of {scale:,} (×{scale}).</source>
        <translation>{header}：数值以 {scale:,} 为单位（×{scale}）。</translation>
    </message>
    <message>
        <source>{n} won deal(s) linked to the sales your plan already had (the first: {name}, booked {date}); none added again.</source>
        <translation>{n} 个赢单已关联到计划中已有的销售（第一个：{name}，{date} 入账），没有重复添加。</translation>
    </message>
    <message>
        <source>{n} row(s) left out: the sales of won deals already in your plan (the first: {name}, {date}), linked to them.</source>
        <translation>{n} 行未导入：它们是计划中已赢商机的销售（第一个：{name}，{date}），已关联。</translation>
    </message>
    <message>
        <source>Characters in {n} cell(s) could not be read as {encoding} (the first in {cell}): the file may be in another encoding; save it from Excel as “CSV UTF-8” and import it again.</source>
        <translation>有 {n} 个单元格含有无法按 {encoding} 读出的字符（第一个在 {cell}）：文件可能是别的编码；请在 Excel 中另存为“CSV UTF-8”后重新导入。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>文件“{path}”不存在。</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>“{name}”不是文件。</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation>无法读取“{name}”：{reason}。</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>“{name}”是空文件。</translation>
    </message>
    <message>
        <source>{name} is {mb} MB, more than SalesPlanner imports at once ({limit} MB); split it into smaller files.</source>
        <translation>“{name}”有 {mb} MB，超过了跑单规划一次能导入的上限（{limit} MB）；请把它拆分成几个较小的文件。</translation>
    </message>
    <message>
        <source>{name} is damaged (an incomplete zip package).</source>
        <translation>“{name}”已损坏（zip 压缩包不完整）。</translation>
    </message>
    <message>
        <source>{name} is not a text (CSV) file: it holds binary data.</source>
        <translation>“{name}”不是文本（CSV）文件：其中含有二进制数据。</translation>
    </message>
    <message>
        <source>{name} is a web page saved with a spreadsheet name; open it in Excel or WPS and save it as .xlsx first.</source>
        <translation>“{name}”其实是网页，只是用了表格文件的名字；请先用 Excel 或 WPS 打开，另存为 .xlsx 文件。</translation>
    </message>
    <message>
        <source>{name} is an Excel 2003 XML file; open it in Excel or WPS and save it as .xlsx first.</source>
        <translation>“{name}”是 Excel 2003 XML 文件；请先用 Excel 或 WPS 打开，另存为 .xlsx 文件。</translation>
    </message>
    <message>
        <source>{name} is plain text, not a workbook; if it is a CSV file, rename it to .csv.</source>
        <translation>“{name}”是纯文本文件，不是工作簿；如果它是 CSV 文件，请把扩展名改为 .csv。</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet (unknown file format).</source>
        <translation>“{name}”不是表格文件（无法识别的文件格式）。</translation>
    </message>
    <message>
        <source>{name} is the lock file Excel, WPS or LibreOffice keeps while {workbook} is open; choose {workbook} itself.</source>
        <translation>“{name}”是 {workbook} 打开时 Excel、WPS 或 LibreOffice 留下的锁定文件，请选择 {workbook} 本身。</translation>
    </message>
    <message>
        <source>{name} is a Word document, not a spreadsheet.</source>
        <translation>“{name}”是 Word 文档，不是表格文件。</translation>
    </message>
    <message>
        <source>{name} is a PowerPoint file, not a spreadsheet.</source>
        <translation>“{name}”是 PowerPoint 文件，不是表格文件。</translation>
    </message>
    <message>
        <source>{name} is an Office file but not an Excel workbook.</source>
        <translation>“{name}”是 Office 文件，但不是 Excel 工作簿。</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument file but not a spreadsheet.</source>
        <translation>“{name}”是 OpenDocument 文件，但不是电子表格。</translation>
    </message>
    <message>
        <source>{name} is a zip file but not an Excel workbook.</source>
        <translation>“{name}”是 zip 文件，但不是 Excel 工作簿。</translation>
    </message>
    <message>
        <source>{name} is a zip archive, not a spreadsheet.</source>
        <translation>“{name}”是 zip 压缩包，不是表格文件。</translation>
    </message>
    <message>
        <source>{name} is protected with a password; remove it and try again.</source>
        <translation>“{name}”设有密码保护；请先取消密码，再重新导入。</translation>
    </message>
    <message>
        <source>{name} is protected with a password; open it in Excel or WPS, remove the password (File → Info → Protect Workbook) and import the saved copy.</source>
        <translation>“{name}”设有密码保护；请用 Excel 或 WPS 打开它，取消密码（文件 → 信息 → 保护工作簿），保存后再导入。</translation>
    </message>
    <message>
        <source>{name} is protected with a password; remove the password in Excel or WPS and import the saved copy.</source>
        <translation>“{name}”设有密码保护；请在 Excel 或 WPS 中取消密码，保存后再导入。</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (the zip package cannot be opened); open it in Excel or WPS and save it again.</source>
        <translation>“{name}”已损坏或不完整（无法打开其 zip 压缩包）；请用 Excel 或 WPS 打开后重新保存。</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (part {part} cannot be unpacked); open it in Excel or WPS and save it again.</source>
        <translation>“{name}”已损坏或不完整（无法解压其中的 {part}）；请用 Excel 或 WPS 打开后重新保存。</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read; open it in Excel or WPS and save it again.</source>
        <translation>“{name}”已损坏，无法读取；请用 Excel 或 WPS 打开后重新保存。</translation>
    </message>
    <message>
        <source>{name} has {n} parts; that is not a normal workbook.</source>
        <translation>“{name}”由 {n} 个部分组成，不是正常的工作簿。</translation>
    </message>
    <message>
        <source>{name} unpacks to {mb} MB; that is too large to import safely (a zip bomb or a huge workbook).</source>
        <translation>“{name}”解压后有 {mb} MB，太大，无法安全导入（可能是 zip 炸弹或超大工作簿）。</translation>
    </message>
    <message>
        <source>{name} contains a part that unpacks to an implausible size (a zip bomb); it was not read.</source>
        <translation>“{name}”中有一部分解压后大得不合常理（zip 炸弹），未读取。</translation>
    </message>
    <message>
        <source>{name} contains a part larger than it declares (a zip bomb); it was not read.</source>
        <translation>“{name}”中有一部分比其声明的大小更大（zip 炸弹），未读取。</translation>
    </message>
    <message>
        <source>{name} contains XML entity declarations that no spreadsheet needs (an XML bomb); it was not read.</source>
        <translation>“{name}”含有正常表格用不到的 XML 实体声明（XML 炸弹），未读取。</translation>
    </message>
    <message>
        <source>{name} has a malformed XML part; it was not read.</source>
        <translation>“{name}”中有一部分 XML 格式错误，未读取。</translation>
    </message>
    <message>
        <source>{name} asks for more than {cells:,} cells in one sheet (repeated rows or columns); it was not read.</source>
        <translation>“{name}”的一个工作表要求超过 {cells:,} 个单元格（重复的行或列），未读取。</translation>
    </message>
    <message>
        <source>{name} asks for more cells than any real sheet holds; it was not read.</source>
        <translation>“{name}”要求的单元格数量远超任何真实表格，未读取。</translation>
    </message>
    <message>
        <source>{name} has no worksheets.</source>
        <translation>“{name}”中没有工作表。</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file.</source>
        <translation>“{name}”不是可以读取的 CSV 文件。</translation>
    </message>
    <message>
        <source>{name} has {rows:,} rows × {cols:,} columns, more than SalesPlanner imports at once; split it into smaller files.</source>
        <translation>“{name}”有 {rows:,} 行 × {cols:,} 列，超过了跑单规划一次能导入的上限；请把它拆分成几个较小的文件。</translation>
    </message>
    <message>
        <source>{name} has no sheet named “{sheet}” (it has: {sheets}).</source>
        <translation>“{name}”中没有名为“{sheet}”的工作表（现有：{sheets}）。</translation>
    </message>
    <message>
        <source>“{sheet}” in {name} is a chart sheet, not a table.</source>
        <translation>“{name}”中的“{sheet}”是图表工作表，不是数据表。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” in {name} has {rows:,} rows × {cols:,} columns, more than SalesPlanner imports at once ({cells:,} cells); split it into smaller files.</source>
        <translation>“{name}”的工作表“{sheet}”有 {rows:,} 行 × {cols:,} 列，超过了跑单规划一次能导入的上限（{cells:,} 个单元格）；请把它拆分成几个较小的文件。</translation>
    </message>
    <message>
        <source>{name}: took column {taken} as the customer; {others} could be it too (--map {field}={letter} takes that one instead).</source>
        <translation>{name}：已把 {taken} 列作为客户；{others} 也可能是客户（用 --map {field}={letter} 改用那一列）。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of {name} does not clearly hold sales, customers, activities or targets ({why}); say what it holds with --kind (the closest is {kind}).</source>
        <translation>{name} 的工作表“{sheet}”看不出是销售、客户、活动还是目标（{why}）；请用 --kind 说明它是什么（最接近的是 {kind}）。</translation>
    </message>
    <message>
        <source>there are no rows under the header</source>
        <translation>表头下面没有数据行</translation>
    </message>
    <message>
        <source>the header of column {column} does not clearly say what it holds</source>
        <translation>{column} 列的表头没有说清它是什么</translation>
    </message>
    <message>
        <source>column {column} is empty</source>
        <translation>{column} 列是空的</translation>
    </message>
    <message>
        <source>column {column} holds numbers, not names</source>
        <translation>{column} 列是数字，不是名称</translation>
    </message>
    <message>
        <source>only {share}% of the cells in column {column} are dates</source>
        <translation>{column} 列只有 {share}% 的单元格是日期</translation>
    </message>
    <message>
        <source>only {share}% of the cells in column {column} are amounts</source>
        <translation>{column} 列只有 {share}% 的单元格是金额</translation>
    </message>
    <message>
        <source>only {share}% of the cells in column {column} are numbers</source>
        <translation>{column} 列只有 {share}% 的单元格是数字</translation>
    </message>
    <message>
        <source>only {share}% of the cells in column {column} are months</source>
        <translation>{column} 列只有 {share}% 的单元格是月份</translation>
    </message>
    <message>
        <source>only {share}% of the cells in column {column} are known activity types</source>
        <translation>{column} 列只有 {share}% 的单元格是已知的活动类型</translation>
    </message>
    <message>
        <source>figures in {n} other column(s), which a customer list does not hold ({columns})</source>
        <translation>另有 {n} 列是数字，客户名单里不会有（{columns}）</translation>
    </message>
    <message>
        <source>column {column} holds names, and nothing says they are customers</source>
        <translation>{column} 列是名称，但看不出是客户</translation>
    </message>
    <message>
        <source>column {column} is a month of {year}</source>
        <translation>{column} 列是 {year} 年的月份</translation>
    </message>
    <message>
        <source>Unknown kind of import “{kind}”; use one of: {kinds}.</source>
        <translation>未知的导入类型“{kind}”；可用的类型：{kinds}。</translation>
    </message>
    <message>
        <source>Row {row} of sheet “{sheet}” in {name} is outside its table.</source>
        <translation>第 {row} 行不在“{name}”工作表“{sheet}”的表格范围内。</translation>
    </message>
    <message>
        <source>No table found in sheet “{sheet}” of {name}: no row looks like column headers.</source>
        <translation>“{name}”的工作表“{sheet}”中找不到表格：没有一行像是列标题。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of {name} has no column for: {fields} (needed for a {kind} import); choose the columns or another kind.</source>
        <translation>“{name}”的工作表“{sheet}”中缺少以下字段的列：{fields}（导入“{kind}”需要）；请选择对应的列，或换一种数据类型。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，没有做任何更改。</translation>
    </message>
    <message>
        <source>Cannot write {name}: the folder {folder} does not exist.</source>
        <translation>无法写入“{name}”：文件夹“{folder}”不存在。</translation>
    </message>
    <message>
        <source>Cannot write {name}: {reason} (is it open in Excel or WPS?).</source>
        <translation>无法写入“{name}”：{reason}（是否正在 Excel 或 WPS 中打开？）。</translation>
    </message>
    <message>
        <source>The disk is full: {name} was not written (nothing was left in {folder}); free some space and try again.</source>
        <translation>磁盘已满：未写入“{name}”（{folder} 中没有留下任何文件）；请腾出一些空间后重试。</translation>
    </message>
    <message>
        <source>There is no import to write back to; import a workbook first.</source>
        <translation>没有可以写回的导入记录；请先导入一个工作簿。</translation>
    </message>
    <message>
        <source>There is no import to write back to (no import #{id}).</source>
        <translation>没有可以写回的导入记录（找不到第 {id} 号导入）。</translation>
    </message>
    <message>
        <source>Import #{id} holds {kind}; write-back adds deals and activities only.</source>
        <translation>第 {id} 号导入的内容是{kind}；写回只能添加成交和活动记录。</translation>
    </message>
    <message>
        <source>{name} was changed after it was imported ({when}); import it again first (only new rows are added), then write back.</source>
        <translation>“{name}”在导入（{when}）之后被修改过；请先重新导入它（只会添加新的行），然后再写回。</translation>
    </message>
    <message>
        <source>{path} is not there any more (moved or deleted); import it again from its new place.</source>
        <translation>“{path}”已不在原处（被移动或删除了）；请从它的新位置重新导入。</translation>
    </message>
    <message>
        <source>{name} is open in Excel, WPS or LibreOffice; close it and try again.</source>
        <translation>“{name}”正在 Excel、WPS 或 LibreOffice 中打开；请先关闭它再试。</translation>
    </message>
    <message>
        <source>{name} cannot be written ({reason}); is it open elsewhere or read-only?</source>
        <translation>无法写入“{name}”（{reason}）；它是否在别的程序中打开，或者是只读文件？</translation>
    </message>
    <message>
        <source>{name} is a {suffix} file; write-back works with .xlsx and .xlsm workbooks (use export for the others).</source>
        <translation>“{name}”是 {suffix} 文件；写回只支持 .xlsx 和 .xlsm 工作簿（其他格式请使用导出）。</translation>
    </message>
    <message>
        <source>{name} cannot be opened for writing ({error}).</source>
        <translation>无法打开“{name}”进行写入（{error}）。</translation>
    </message>
    <message>
        <source>{name} has no sheet “{sheet}” any more.</source>
        <translation>“{name}”中已经没有工作表“{sheet}”了。</translation>
    </message>
    <message>
        <source>{name} could not be saved ({reason}); it was left unchanged.</source>
        <translation>无法保存“{name}”（{reason}）；文件保持原样。</translation>
    </message>
    <message>
        <source>The write-back was cancelled; the workbook and the plan were left unchanged.</source>
        <translation>写回已取消；工作簿和计划都没有改动。</translation>
    </message>
    <message>
        <source>{file}: {where} {why}, so the new rows cannot be added safely; the file was left unchanged.</source>
        <translation>“{file}”：{where}{why}，因此无法安全地添加新行；文件保持原样。</translation>
    </message>
    <message>
        <source>sheet “{sheet}” cell {cell}</source>
        <translation>工作表“{sheet}”的单元格 {cell} </translation>
    </message>
    <message>
        <source>sheet “{sheet}” merged cell {range}</source>
        <translation>工作表“{sheet}”的合并单元格 {range} </translation>
    </message>
    <message>
        <source>sheet “{sheet}” pivot table {name}</source>
        <translation>工作表“{sheet}”的数据透视表“{name}”</translation>
    </message>
    <message>
        <source>the source of pivot table {name}</source>
        <translation>数据透视表“{name}”的数据源</translation>
    </message>
    <message>
        <source>a chart on sheet “{sheet}”</source>
        <translation>工作表“{sheet}”上的一个图表</translation>
    </message>
    <message>
        <source>the defined name “{name}”</source>
        <translation>名称“{name}”</translation>
    </message>
    <message>
        <source>the print area of sheet “{sheet}”</source>
        <translation>工作表“{sheet}”的打印区域</translation>
    </message>
    <message>
        <source>the print titles of sheet “{sheet}”</source>
        <translation>工作表“{sheet}”的打印标题</translation>
    </message>
    <message>
        <source>sheet “{sheet}” conditional formatting {range}</source>
        <translation>工作表“{sheet}”的条件格式 {range} </translation>
    </message>
    <message>
        <source>sheet “{sheet}” data validation {range}</source>
        <translation>工作表“{sheet}”的数据验证 {range} </translation>
    </message>
    <message>
        <source>sheet “{sheet}” table {name}</source>
        <translation>工作表“{sheet}”的表格“{name}”</translation>
    </message>
    <message>
        <source>sheet “{sheet}” autofilter</source>
        <translation>工作表“{sheet}”的自动筛选</translation>
    </message>
    <message>
        <source>has the range “{ref}”, which write-back cannot read</source>
        <translation>包含写回无法识别的区域“{ref}”</translation>
    </message>
    <message>
        <source>has a formula write-back cannot read</source>
        <translation>包含写回无法读取的公式</translation>
    </message>
    <message>
        <source>has a formula with {what} that write-back cannot adjust</source>
        <translation>中的公式含有{what}，写回无法自动调整</translation>
    </message>
    <message>
        <source>holds an array formula over {ref} across row {row}</source>
        <translation>有一个跨越第 {row} 行的数组公式（{ref}）</translation>
    </message>
    <message>
        <source>holds a what-if data table</source>
        <translation>包含模拟运算表</translation>
    </message>
    <message>
        <source>beside the table would be split from {cell} above it</source>
        <translation>位于表格旁边，新行会把它和上方的 {cell} 隔开</translation>
    </message>
    <message>
        <source>reaches across row {row}</source>
        <translation>跨越了第 {row} 行</translation>
    </message>
    <message>
        <source>stands below the new rows</source>
        <translation>位于新行的下方</translation>
    </message>
    <message>
        <source>a range ending in a function ({token}…)</source>
        <translation>以函数结尾的区域（{token}…）</translation>
    </message>
    <message>
        <source>a range written with spaces around “:”</source>
        <translation>冒号“:”两边带空格的区域</translation>
    </message>
    <message>
        <source>a reference over several sheets ({ref})</source>
        <translation>跨多个工作表的引用（{ref}）</translation>
    </message>
    <message>
        <source>a reference write-back cannot read ({ref})</source>
        <translation>写回无法识别的引用（{ref}）</translation>
    </message>
    <message>
        <source>a reference inside a text (INDIRECT("{text}"))</source>
        <translation>写在文本里的引用（INDIRECT("{text}")）</translation>
    </message>
    <message>
        <source>rows with problems</source>
        <translation>有问题的行</translation>
    </message>
    <message>
        <source>duplicate rows in the file</source>
        <translation>文件中重复的行</translation>
    </message>
    <message>
        <source>No goal covered {first}–{last}: a draft goal was created for the targets.</source>
        <translation>{first}–{last} 没有对应的目标，已为这些月度目标新建一个草稿目标。</translation>
    </message>
    <message>
        <source>{n} rows per month were added up (e.g. {examples}).</source>
        <translation>每月的 {n} 行已合计（例如 {examples}）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <source>{cell}: {message}</source>
        <translation>{cell}：{message}</translation>
    </message>
</context>
<context>
    <name>EditTexts</name>
    <message>
        <source>Unknown activity type {code}.</source>
        <translation>未知的活动类型 {code}。</translation>
    </message>
    <message>
        <source>A block must start before it ends within the day ({times}).</source>
        <translation>时间块必须在同一天内先开始后结束（{times}）。</translation>
    </message>
    <message>
        <source>The planned count cannot be negative.</source>
        <translation>计划次数不能为负数。</translation>
    </message>
    <message>
        <source>That block no longer exists.</source>
        <translation>该时间块已不存在。</translation>
    </message>
    <message>
        <source>There is no week template named {name}.</source>
        <translation>没有名为 {name} 的周模板。</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>请为模板命名。</translation>
    </message>
    <message>
        <source>The week has no blocks to save as a template.</source>
        <translation>本周没有可保存为模板的时间块。</translation>
    </message>
    <message>
        <source>The count cannot be negative.</source>
        <translation>次数不能为负数。</translation>
    </message>
    <message>
        <source>A contract needs its amount.</source>
        <translation>签约需要填写金额。</translation>
    </message>
    <message>
        <source>The next follow-up cannot be before the day the activity was done.</source>
        <translation>下次跟进日期不能早于活动的日期。</translation>
    </message>
    <message>
        <source>Unknown period {kind}: use week, month or goal.</source>
        <translation>未知的周期 {kind}：请用 week、month 或 goal。</translation>
    </message>
    <message>
        <source>A block of this plan was deleted meanwhile; refresh and retry.</source>
        <translation>此计划中的一个时间块已被删除；请刷新后重试。</translation>
    </message>
    <message>
        <source>Give a reason for revising the target; it is kept with the revision.</source>
        <translation>请填写调整目标的原因；它会随修订一起保存。</translation>
    </message>
    <message>
        <source>The revised target must be greater than zero.</source>
        <translation>调整后的目标必须大于零。</translation>
    </message>
    <message>
        <source>This goal no longer exists.</source>
        <translation>该目标已不存在。</translation>
    </message>
    <message>
        <source>The goal's period is over; set a new goal instead.</source>
        <translation>该目标的周期已结束；请改为设定新目标。</translation>
    </message>
    <message>
        <source>The new target is below what the past months already hold.</source>
        <translation>新目标低于过去几个月已分配的数额。</translation>
    </message>
    <message>
        <source>Give the goal a title.</source>
        <translation>请为目标填写标题。</translation>
    </message>
    <message>
        <source>Set the goal's start and deadline.</source>
        <translation>请设置目标的开始日期和截止日期。</translation>
    </message>
    <message>
        <source>The goal's deadline is before its start.</source>
        <translation>目标的截止日期早于开始日期。</translation>
    </message>
    <message>
        <source>The target cannot be negative.</source>
        <translation>目标不能为负数。</translation>
    </message>
    <message>
        <source>The months add up to {total} yuan but the goal is {target} yuan; adjust a month.</source>
        <translation>各月合计 {total} 元，但目标为 {target} 元；请调整某个月份。</translation>
    </message>
    <message>
        <source>This goal no longer exists; save it as a new goal.</source>
        <translation>该目标已不存在；请另存为新目标。</translation>
    </message>
    <message>
        <source>The ramp step is so negative that a month would get less than nothing.</source>
        <translation>递增步长过于负，某个月份的目标会小于零。</translation>
    </message>
    <message>
        <source>Unknown breakdown method {method}: use even, ramp or seasonal.</source>
        <translation>未知的分解方式 {method}：请用 even、ramp 或 seasonal。</translation>
    </message>
    <message>
        <source>A period target cannot be negative.</source>
        <translation>周期目标不能为负数。</translation>
    </message>
    <message>
        <source>The edited periods add up to more than the goal; lower one of them.</source>
        <translation>已修改的周期合计超过目标；请调低其中一个。</translation>
    </message>
    <message>
        <source>Every period is edited and they do not add up to the goal.</source>
        <translation>所有周期都已修改，但合计不等于目标。</translation>
    </message>
    <message>
        <source>The goal cannot be negative.</source>
        <translation>目标不能为负数。</translation>
    </message>
    <message>
        <source>The goal's end is before its start.</source>
        <translation>目标的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Currency unit must be one of {units}.</source>
        <translation>金额单位必须是 {units} 之一。</translation>
    </message>
    <message>
        <source>The week must start on a day from Monday (0) to Sunday (6).</source>
        <translation>一周的第一天必须是周一（0）到周日（6）之间的某一天。</translation>
    </message>
    <message>
        <source>Working hours must end after they start, within one day.</source>
        <translation>工作时间必须在同一天内先开始后结束。</translation>
    </message>
    <message>
        <source>The buffer per day cannot be longer than the working day.</source>
        <translation>每天的缓冲时间不能长于工作日。</translation>
    </message>
    <message>
        <source>The learning-time share must be between 0 % and 50 %.</source>
        <translation>学习时间占比必须在 0% 到 50% 之间。</translation>
    </message>
    <message>
        <source>Language must be zh_CN, en or empty (follow the system).</source>
        <translation>语言必须是 zh_CN、en 或留空（跟随系统）。</translation>
    </message>
    <message>
        <source>Keep between 0 and 365 automatic backups.</source>
        <translation>自动备份的保留数量应在 0 到 365 之间。</translation>
    </message>
    <message>
        <source>Weekend days are numbered 0 (Monday) to 6 (Sunday).</source>
        <translation>周末日期的编号为 0（周一）到 6（周日）。</translation>
    </message>
    <message>
        <source>Follow-ups per day cannot be negative.</source>
        <translation>每天的跟进次数不能为负数。</translation>
    </message>
    <message>
        <source>A deal is stale after 1 to 365 days without activity.</source>
        <translation>商机停滞天数须在 1 到 365 天之间。</translation>
    </message>
    <message>
        <source>A follow-up cadence is a number of days from 1 to 730.</source>
        <translation>跟进周期为 1 到 730 天。</translation>
    </message>
    <message>
        <source>That opportunity no longer exists.</source>
        <translation>这个商机已不存在。</translation>
    </message>
    <message>
        <source>This deal is closed; only an open deal can be planned.</source>
        <translation>该商机已关闭，只能为进行中的商机安排时间。</translation>
    </message>
    <message>
        <source>Unknown stage {stage}.</source>
        <translation>未知的阶段 {stage}。</translation>
    </message>
    <message>
        <source>Win or lose a deal to close it; moving sets an open stage.</source>
        <translation>要结束一个商机，请赢单或输单；移动只能到进行中的阶段。</translation>
    </message>
    <message>
        <source>Only an open deal can be won.</source>
        <translation>只有进行中的商机才能赢单。</translation>
    </message>
    <message>
        <source>Only an open deal can be lost.</source>
        <translation>只有进行中的商机才能输单。</translation>
    </message>
    <message>
        <source>Win or lose a deal with its own command, not by editing it.</source>
        <translation>赢单或输单请用对应的操作，不要通过编辑。</translation>
    </message>
    <message>
        <source>This deal is won and became a sale; undo the win to move it again.</source>
        <translation>这个商机已赢单并记为销售；要再移动，请先撤销赢单。</translation>
    </message>
    <message>
        <source>The deal is at that stage already.</source>
        <translation>这个商机已经在该阶段。</translation>
    </message>
    <message>
        <source>A deal cannot change stage before it was created.</source>
        <translation>商机不能在创建之前变更阶段。</translation>
    </message>
    <message>
        <source>The final amount must be more than zero.</source>
        <translation>成交金额必须大于零。</translation>
    </message>
    <message>
        <source>Say why the deal was lost (price, competitor, no budget …).</source>
        <translation>请说明输单原因（价格、竞争对手、没有预算……）。</translation>
    </message>
    <message>
        <source>A stage that deals are at cannot be removed; move them first.</source>
        <translation>还有商机处于该阶段，不能删除；请先移走它们。</translation>
    </message>
    <message>
        <source>No customer is called {name}.</source>
        <translation>没有叫 {name} 的客户。</translation>
    </message>
    <message>
        <source>{customer} has no open deal.</source>
        <translation>{customer} 没有进行中的商机。</translation>
    </message>
    <message>
        <source>{customer} has {n} open deals ({deals}); name one by its number.</source>
        <translation>{customer} 有 {n} 个进行中的商机（{deals}），请用编号指定一个。</translation>
    </message>
    <message>
        <source>There is no goal to forecast; set one with the goal wizard.</source>
        <translation>没有可预测的目标；请先用目标向导设定目标。</translation>
    </message>
    <message>
        <source>The number of runs is between 1 and 1,000,000.</source>
        <translation>模拟次数应在 1 到 1,000,000 之间。</translation>
    </message>
    <message>
        <source>The stage list has no {outcome} stage.</source>
        <translation>阶段列表缺少 {outcome} 阶段。</translation>
    </message>
    <message>
        <source>Two stages have the same key.</source>
        <translation>有两个阶段的键相同。</translation>
    </message>
    <message>
        <source>The stage list needs at least one open stage.</source>
        <translation>阶段列表至少需要一个进行中的阶段。</translation>
    </message>
    <message>
        <source>The stage list needs exactly one {outcome} stage.</source>
        <translation>阶段列表需要且只能有一个 {outcome} 阶段。</translation>
    </message>
    <message>
        <source>A win probability is between 0 and 100 % ({value}).</source>
        <translation>赢率应在 0 到 100% 之间（{value}）。</translation>
    </message>
    <message>
        <source>An opportunity needs a customer.</source>
        <translation>商机需要填写客户。</translation>
    </message>
    <message>
        <source>The expected amount cannot be negative.</source>
        <translation>预计金额不能为负数。</translation>
    </message>
    <message>
        <source>The stage and the outcome of an opportunity disagree.</source>
        <translation>商机的阶段与结果不一致。</translation>
    </message>
    <message>
        <source>A won or lost opportunity needs the date it closed.</source>
        <translation>赢单或输单的商机需要结束日期。</translation>
    </message>
    <message>
        <source>An opportunity cannot close before it was created.</source>
        <translation>商机不能在创建之前结束。</translation>
    </message>
    <message>
        <source>Unknown channel {channel}.</source>
        <translation>未知的来源渠道 {channel}。</translation>
    </message>
    <message>
        <source>There is no import #{id} in this plan.</source>
        <translation>本计划中没有第 {id} 号导入。</translation>
    </message>
    <message>
        <source>The import of {file} set the goal's month targets and cannot be taken back; revise the goal instead.</source>
        <translation>{file} 的导入已写入目标的月度目标，无法撤销；请改为修订目标。</translation>
    </message>
    <message>
        <source>Rows of {file} were imported again after they were removed; remove that import first.</source>
        <translation>{file} 的行在删除后又被重新导入；请先撤销那次导入。</translation>
    </message>
    <message>
        <source>The journal's start is after its end.</source>
        <translation>日志的开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>There is no journal entry {key}.</source>
        <translation>日志中没有 {key} 这一条。</translation>
    </message>
    <message>
        <source>Say what to change: the date, amount, count, outcome or note.</source>
        <translation>请说明要改什么：日期、金额、次数、结果或备注。</translation>
    </message>
    <message>
        <source>A sale's amount must be more than zero.</source>
        <translation>成交金额必须大于零。</translation>
    </message>
    <message>
        <source>Only a sale has an amount.</source>
        <translation>只有成交才有金额。</translation>
    </message>
    <message>
        <source>A sale without a logged activity has no count or outcome.</source>
        <translation>没有记录活动的成交没有次数和结果。</translation>
    </message>
    <message>
        <source>That person is not a contact of this entry's customer.</source>
        <translation>此人不是这条记录所属客户的联系人。</translation>
    </message>
    <message>
        <source>Entry {key} cannot be put back: a newer entry took its place.</source>
        <translation>无法恢复 {key}：一条更新的记录占用了它的编号。</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>Give the customer a name.</source>
        <translation>请填写客户名称。</translation>
    </message>
    <message>
        <source>Another customer is already called {name}.</source>
        <translation>已有另一个客户名为{name}。</translation>
    </message>
    <message>
        <source>Unknown customer field {field}.</source>
        <translation>未知的客户字段 {field}。</translation>
    </message>
    <message>
        <source>This customer has records now and cannot be taken back.</source>
        <translation>该客户已有记录，无法撤销创建。</translation>
    </message>
    <message>
        <source>Give the contact a name.</source>
        <translation>请填写联系人姓名。</translation>
    </message>
    <message>
        <source>A birthday is written 1980-12-06 or --12-06, not {text}.</source>
        <translation>生日应写作 1980-12-06 或 --12-06，而不是 {text}。</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>该联系人已不存在。</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>客户不能与自身合并。</translation>
    </message>
    <message>
        <source>There is no customer named {name}.</source>
        <translation>没有名为 {name} 的客户。</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved.</source>
        <translation>磁盘已满，更改未保存。</translation>
    </message>
    <message>
        <source>The plan file is read-only, so the change was not saved.</source>
        <translation>计划文件是只读的，更改未保存。</translation>
    </message>
    <message>
        <source>Another program is using the plan file, so the change was not saved; try again in a moment.</source>
        <translation>另一个程序正在使用计划文件，更改未保存；请稍后再试。</translation>
    </message>
    <message>
        <source>The plan file could not be changed, so the change was not saved ({reason}).</source>
        <translation>无法修改计划文件，更改未保存（{reason}）。</translation>
    </message>
</context>
<context>
    <name>edits</name>
    <message>
        <source>Could not undo “{action}”: {reason}</source>
        <translation>无法撤销“{action}”：{reason}</translation>
    </message>
    <message>
        <source>Could not redo “{action}”: {reason}</source>
        <translation>无法重做“{action}”：{reason}</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>×10k yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>{amount} yuan</source>
        <translation>{amount}元</translation>
    </message>
    <message>
        <source>{amount} ×10k yuan</source>
        <translation>{amount}万元</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <source>Edit journal entry</source>
        <translation>修改日志记录</translation>
    </message>
    <message>
        <source>Delete journal entry</source>
        <translation>删除日志记录</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>New-customer visit</source>
        <translation>新客户拜访</translation>
    </message>
    <message>
        <source>Phone visit</source>
        <translation>电话拜访</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>客户跟进</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>撰写提案</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>合同谈判</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>签约成交</translation>
    </message>
    <message>
        <source>Industry event</source>
        <translation>行业活动</translation>
    </message>
    <message>
        <source>Review &amp; planning</source>
        <translation>总结规划</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>学习提升</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>行政事务</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>缓冲时间</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>客户来询</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>stages</name>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>初次拜访</translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Proposal / quote</source>
        <translation>方案/报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
</context>
<context>
    <name>pipeline</name>
    <message>
        <source>New deal</source>
        <translation>新商机</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>编辑商机</translation>
    </message>
    <message>
        <source>Move deal</source>
        <translation>移动商机</translation>
    </message>
    <message>
        <source>Win deal</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lose deal</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>删除商机</translation>
    </message>
    <message>
        <source>Edit stages</source>
        <translation>修改销售阶段</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Cumulative sales against the target pace</source>
        <translation>累计销售额与目标进度</translation>
    </message>
    <message>
        <source>Forecast range (P10–P90)</source>
        <translation>预测区间（P10–P90）</translation>
    </message>
    <message>
        <source>Weekly sales against target</source>
        <translation>每周销售额与目标</translation>
    </message>
    <message>
        <source>Funnel to date: planned and observed</source>
        <translation>截至目前的漏斗：计划与实际</translation>
    </message>
    <message>
        <source>Target pace</source>
        <translation>目标进度</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Forecast (P50)</source>
        <translation>预测（P50）</translation>
    </message>
    <message>
        <source>Sales ({unit})</source>
        <translation>销售额（{unit}）</translation>
    </message>
    <message>
        <source>Target to date: {amount}</source>
        <translation>截至目前目标：{amount}</translation>
    </message>
    <message>
        <source>Actual: {amount}</source>
        <translation>实际：{amount}</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>{date} 这一周</translation>
    </message>
    <message>
        <source>Target: {amount}</source>
        <translation>目标：{amount}</translation>
    </message>
    <message>
        <source>planned {planned}
observed {observed}</source>
        <translation>计划 {planned}
实际 {observed}</translation>
    </message>
    <message>
        <source>Planned to date: {n}</source>
        <translation>截至目前计划：{n}</translation>
    </message>
    <message>
        <source>Actual: {n}</source>
        <translation>实际：{n}</translation>
    </message>
    <message>
        <source>Forecast: {low} – {high}</source>
        <translation>预测：{low} – {high}</translation>
    </message>
    <message>
        <source>Forecast: {mid} ({low} – {high})</source>
        <translation>预测：{mid}（{low} – {high}）</translation>
    </message>
    <message>
        <source>Forecast: {amount}</source>
        <translation>预测：{amount}</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>There is no sales target for this week: set a goal first.</source>
        <translation>本周没有销售目标：请先设定目标。</translation>
    </message>
    <message>
        <source>Sales {actual_fen} against the week's target {target_fen}: on track.</source>
        <translation>销售额 {actual_fen}，本周目标 {target_fen}：进度正常。</translation>
    </message>
    <message>
        <source>Sales {actual_fen} against the week's target {target_fen}: {shortfall_fen} short.</source>
        <translation>销售额 {actual_fen}，本周目标 {target_fen}：还差 {shortfall_fen}。</translation>
    </message>
    <message>
        <source>Sales {actual_fen} against the week's target to date {target_fen}: on track.</source>
        <translation>销售额 {actual_fen}，本周截至目前目标 {target_fen}：进度正常。</translation>
    </message>
    <message>
        <source>Sales {actual_fen} against the week's target to date {target_fen}: {shortfall_fen} short.</source>
        <translation>销售额 {actual_fen}，本周截至目前目标 {target_fen}：还差 {shortfall_fen}。</translation>
    </message>
    <message>
        <source>The lagging indicator is {code}: {actual} logged against {target} planned ({pct}%).</source>
        <translation>落后的指标是{code}：已记录 {actual}，计划 {target}（{pct}%）。</translation>
    </message>
    <message>
        <source>At the observed {rate_fen} of sales per {code}, the {missing} missing cost about {cost_fen} ({planned_cost_fen} at the planned {planned_rate_fen}).</source>
        <translation>按实际每次{code}带来 {rate_fen} 销售额计算，缺少的 {missing} 次约损失 {cost_fen}（按计划的 {planned_rate_fen} 计算为 {planned_cost_fen}）。</translation>
    </message>
    <message>
        <source>At the planned {planned_rate_fen} of sales per {code}, the {missing} missing cost about {planned_cost_fen}.</source>
        <translation>按计划每次{code}带来 {planned_rate_fen} 销售额计算，缺少的 {missing} 次约损失 {planned_cost_fen}。</translation>
    </message>
    <message>
        <source>That covers the whole shortfall: the activity, not the conversion, held the week back.</source>
        <translation>这就是全部差距：拖后腿的是活动量，而不是转化率。</translation>
    </message>
    <message>
        <source>That explains {pct}% of the shortfall; the rest is conversion.</source>
        <translation>这解释了 {pct}% 的差距；其余来自转化率。</translation>
    </message>
    <message>
        <source>Activity was on plan, but each visit brought {rate_fen} against the planned {planned_rate_fen}: work on conversion (proposal quality, follow-up).</source>
        <translation>活动量达到了计划，但每次拜访只带来 {rate_fen}，计划为 {planned_rate_fen}：请提升转化（提案质量、跟进）。</translation>
    </message>
    <message>
        <source>Also behind: {codes}.</source>
        <translation>同样落后的还有：{codes}。</translation>
    </message>
    <message>
        <source>Not logged this period: {codes}. Log them daily, or the diagnosis cannot see them (trap 4.3).</source>
        <translation>本期没有记录：{codes}。请每天记录，否则诊断无法看到它们（陷阱 4.3）。</translation>
    </message>
    <message>
        <source>{remaining_fen} left to sell in {days} working day(s): {per_day_fen} a day.</source>
        <translation>还剩 {remaining_fen} 要在 {days} 个工作日内完成：每天 {per_day_fen}。</translation>
    </message>
    <message>
        <source>The period's target is reached; nothing to catch up.</source>
        <translation>本期目标已经达成，无需追赶。</translation>
    </message>
    <message>
        <source>{ahead_fen} ahead of the pace to date: nothing to catch up; the rest of the target spreads over the weeks left like this.</source>
        <translation>比截至目前的进度领先 {ahead_fen}：无需追赶；剩余目标按下面的方式分到余下各周。</translation>
    </message>
    <message>
        <source>No working days are left in this period to catch up {remaining_fen}.</source>
        <translation>本期已没有工作日来追回 {remaining_fen}。</translation>
    </message>
    <message>
        <source>Week of {start}: {target_fen}, {visits} visit(s) at the observed rate ({visits_planned} at the planned rate).</source>
        <translation>{start} 这一周：{target_fen}，按实际转化率需拜访 {visits} 次（按计划转化率 {visits_planned} 次）。</translation>
    </message>
    <message>
        <source>Add {extra} new-customer visit(s) next week ({minutes} min of visit blocks): about +{effect_fen}.</source>
        <translation>下周增加 {extra} 次新客户拜访（{minutes} 分钟的拜访时间块）：约 +{effect_fen}。</translation>
    </message>
    <message>
        <source>Make {calls} more phone visit(s) a day next week, the fallback channel (≈{visits} more visit(s)): about +{effect_fen}.</source>
        <translation>下周每天多打 {calls} 个拜访电话（备选渠道，约多 {visits} 次拜访）：约 +{effect_fen}。</translation>
    </message>
    <message>
        <source>Move {minutes} min from {codes} to customer development next week ({visits} more visit(s)): about +{effect_fen}.</source>
        <translation>下周把 {minutes} 分钟从{codes}挪到客户开发（多 {visits} 次拜访）：约 +{effect_fen}。</translation>
    </message>
    <message>
        <source>Only {placed} of {wanted} block(s) fit next week without using the buffer.</source>
        <translation>在不占用缓冲时间的情况下，下周只能排下 {wanted} 个时间块中的 {placed} 个。</translation>
    </message>
    <message>
        <source>Only {placed} of the {wanted} visit(s) the week needs fit next week without using the buffer: the other {rest} (about {rest_fen}) need more free hours than the week has; see the options below and the weeks after.</source>
        <translation>这一周所需的 {wanted} 次拜访中，下周只有 {placed} 次能在不占用缓冲时间的情况下排进日程：其余 {rest} 次（约 {rest_fen}）需要的空闲时间超过了这一周的空余；请看下面的其他选项和之后几周。</translation>
    </message>
    <message>
        <source>For {weeks} week(s) the forecast has stayed {pct}% or more below the target: consider revising it to {suggested_fen} (the original is kept).</source>
        <translation>连续 {weeks} 周预测都比目标低 {pct}% 以上：可以考虑把目标调整为 {suggested_fen}（原目标会保留）。</translation>
    </message>
    <message>
        <source>For {weeks} week(s) the forecast has stayed {pct}% or more above the target: consider raising it to {suggested_fen} (the original is kept).</source>
        <translation>连续 {weeks} 周预测都比目标高 {pct}% 以上：可以考虑把目标提高到 {suggested_fen}（原目标会保留）。</translation>
    </message>
    <message>
        <source>{pct}% likely to reach {target_fen}</source>
        <translation>{pct}% 可能达成 {target_fen}</translation>
    </message>
    <message>
        <source>{pct}% for {target_fen}</source>
        <translation>{target_fen} 为 {pct}%</translation>
    </message>
    <message>
        <source>{target_fen} is reached</source>
        <translation>{target_fen} 已达成</translation>
    </message>
    <message>
        <source>Early in the period: final sales likely between {p10_fen} and {p90_fen}.</source>
        <translation>期初尚早：最终销售额可能在 {p10_fen} 至 {p90_fen} 之间。</translation>
    </message>
    <message>
        <source>Final sales likely {p50_fen} (between {p10_fen} and {p90_fen}).</source>
        <translation>最终销售额可能为 {p50_fen}（{p10_fen} 至 {p90_fen} 之间）。</translation>
    </message>
    <message>
        <source>Open deals closing in the period: {best_fen}, {times}x the {still_fen} still to win; your win rate of {pct}% needs {needed}x.</source>
        <translation>本期预计成交的进行中商机：{best_fen}，是尚需完成的 {still_fen} 的 {times} 倍；按你 {pct}% 的赢率需要 {needed} 倍。</translation>
    </message>
    <message>
        <source>Open deals closing in the period: {best_fen}, {times}x the {still_fen} still to win; your win rate of {pct}% needs {needed}x: about {gap_fen} more pipeline.</source>
        <translation>本期预计成交的进行中商机：{best_fen}，是尚需完成的 {still_fen} 的 {times} 倍；按你 {pct}% 的赢率需要 {needed} 倍：还需约 {gap_fen} 的商机。</translation>
    </message>
    <message>
        <source>Expected from deals not yet in the pipeline: {new_fen}.</source>
        <translation>尚未录入商机的新业务预计：{new_fen}。</translation>
    </message>
    <message>
        <source>Stage win rates measured from your {n} closed deal(s).</source>
        <translation>各阶段赢率由你已结束的 {n} 个商机测算。</translation>
    </message>
    <message>
        <source>Stage win rates: your {n} closed deal(s) blended with the defaults (measured from {min} on).</source>
        <translation>各阶段赢率：你已结束的 {n} 个商机与默认值混合（满 {min} 个后按实测）。</translation>
    </message>
    <message>
        <source>Stage win rates are the defaults: no closed deals yet.</source>
        <translation>各阶段赢率为默认值：还没有已结束的商机。</translation>
    </message>
    <message>
        <source>The target {target_fen} is reached: nothing holds the period back.</source>
        <translation>目标 {target_fen} 已达成：本期没有短板。</translation>
    </message>
    <message>
        <source>What holds the period back: too little pipeline.</source>
        <translation>本期的短板：商机不足。</translation>
    </message>
    <message>
        <source>What holds the period back: deals stuck at a stage.</source>
        <translation>本期的短板：商机卡在某个阶段。</translation>
    </message>
    <message>
        <source>What holds the period back: too few activities.</source>
        <translation>本期的短板：活动量不够。</translation>
    </message>
    <message>
        <source>Pipeline, deal progress and activities are on plan; {pct}% likely to reach {target_fen}.</source>
        <translation>商机、推进和活动量都符合计划；达成 {target_fen} 的把握为 {pct}%。</translation>
    </message>
    <message>
        <source>Pipeline: {best_fen} of open deals close in the period, {times}x the {still_fen} still to win; your win rate of {pct}% needs {needed}x, about {gap_fen} more (worth about {cost_fen} in sales).</source>
        <translation>商机：本期预计成交的在手商机 {best_fen}，是尚需完成的 {still_fen} 的 {times} 倍；按你 {pct}% 的赢率需要 {needed} 倍，还差约 {gap_fen}（约合 {cost_fen} 销售额）。</translation>
    </message>
    <message>
        <source>Pipeline: {best_fen} of open deals close in the period, {times}x the {still_fen} still to win; your win rate of {pct}% needs {needed}x: enough.</source>
        <translation>商机：本期预计成交的在手商机 {best_fen}，是尚需完成的 {still_fen} 的 {times} 倍；按你 {pct}% 的赢率需要 {needed} 倍：足够。</translation>
    </message>
    <message>
        <source>Stuck: {n} deal(s) closing in the period ({amount_fen}, weighted {cost_fen}) stalled; most at {stage}, {days} day(s) there against the {usual} day(s) your closed deals spent.</source>
        <translation>停滞：本期预计成交的 {n} 个商机（{amount_fen}，加权 {cost_fen}）停滞不前；多数卡在“{stage}”，已停留 {days} 天，而你已结商机在此阶段平均只用 {usual} 天。</translation>
    </message>
    <message>
        <source>Stuck: {n} deal(s) closing in the period ({amount_fen}, weighted {cost_fen}) had no activity for {stale_days} day(s) or more.</source>
        <translation>停滞：本期预计成交的 {n} 个商机（{amount_fen}，加权 {cost_fen}）已 {stale_days} 天以上没有跟进。</translation>
    </message>
    <message>
        <source>Deal progress: no deal closing in the period is stuck or stale.</source>
        <translation>推进：本期预计成交的商机没有停滞。</translation>
    </message>
    <message>
        <source>Activities: {code} {actual} of {target} to date ({pct}%); the missing ones cost about {cost_fen}.</source>
        <translation>活动量：{code}至今 {actual} / {target}（{pct}%）；少做的约损失 {cost_fen}。</translation>
    </message>
    <message>
        <source>Activities: on plan to date.</source>
        <translation>活动量：至今符合计划。</translation>
    </message>
    <message>
        <source>Open {n} new deal(s) of about {each_fen} ({amount_fen}) now: the chance of reaching {target_fen} goes from {before}% to {after}%.</source>
        <translation>现在新开 {n} 个约 {each_fen} 的商机（共 {amount_fen}）：达成 {target_fen} 的把握从 {before}% 升到 {after}%。</translation>
    </message>
    <message>
        <source>Open {n} new deal(s) of about {each_fen} ({amount_fen}) now: at your usual {cycle} day(s) from first contact to close few would close by {end}; the chance of reaching {target_fen} goes from {before}% to {after}%.</source>
        <translation>现在新开 {n} 个约 {each_fen} 的商机（共 {amount_fen}）：按你从初次接触到成交通常 {cycle} 天，{end} 前能成交的不多；达成 {target_fen} 的把握从 {before}% 变为 {after}%。</translation>
    </message>
    <message>
        <source>Move these stalled deals one stage on ({names}): the chance of reaching {target_fen} goes from {before}% to {after}%.</source>
        <translation>把这些停滞的商机各推进一个阶段（{names}）：达成 {target_fen} 的把握从 {before}% 升到 {after}%。</translation>
    </message>
    <message>
        <source>Move these stalled deals one stage on ({names} and {more} more): the chance of reaching {target_fen} goes from {before}% to {after}%.</source>
        <translation>把这些停滞的商机各推进一个阶段（{names} 及另外 {more} 个）：达成 {target_fen} 的把握从 {before}% 升到 {after}%。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Whole goal</source>
        <translation>整个目标期</translation>
    </message>
    <message>
        <source>{period}: won {won} of {target} ({share})</source>
        <translation>{period}：成交 {won}，目标 {target}（完成 {share}）</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>推进</translation>
    </message>
    <message>
        <source>moved back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source> (lost on: {reason})</source>
        <translation>（输单原因：{reason}）</translation>
    </message>
    <message>
        <source>Weekly report {range}</source>
        <translation>周报 {range}</translation>
    </message>
    <message>
        <source>{period}: won {won}</source>
        <translation>{period}：成交 {won}</translation>
    </message>
    <message>
        <source>; {odds} likely to reach the target</source>
        <translation>；达成目标的可能性 {odds}</translation>
    </message>
    <message>
        <source>Deals won this week: {n}</source>
        <translation>本周成交单数：{n}</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>有效做法</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>遇到的障碍</translation>
    </message>
    <message>
        <source>Help needed</source>
        <translation>需要的支持</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>调整计划</translation>
    </message>
    <message>
        <source>Activities: {list}</source>
        <translation>活动：{list}</translation>
    </message>
    <message>
        <source>Pipeline: {list}</source>
        <translation>商机：{list}</translation>
    </message>
    <message>
        <source>Next week: {list}</source>
        <translation>下周计划：{list}</translation>
    </message>
    <message>
        <source>… and {n} more, the smaller ones.</source>
        <translation>……另有 {n} 个金额较小的未列出。</translation>
    </message>
    <message>
        <source>{n} {kind} ({amount})</source>
        <translation>{n} 个{kind}（{amount}）</translation>
    </message>
    <message>
        <source>{label} {target} (target)</source>
        <translation>{label} {target}（目标）</translation>
    </message>
    <message>
        <source>Activities this week</source>
        <translation>本周活动</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Pipeline this week</source>
        <translation>本周商机变化</translation>
    </message>
    <message>
        <source>No weekly review written for this week.</source>
        <translation>本周还没有写周复盘。</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下周计划</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}：{text}</translation>
    </message>
    <message>
        <source>{kind}: {deal}</source>
        <translation>{kind}：{deal}</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n block(s)</source>
        <translation>
            <numerusform>{label}：%n 个时段</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>达成概率</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>StoreTexts</name>
    <message>
        <source>Another program (another SalesPlanner window or command, or a sync tool) is writing to {name} and did not finish in time; nothing was changed — try again when it is done.</source>
        <translation>另一个程序（另一个跑单规划窗口或命令，或同步工具）正在写入“{name}”，等待超时；未做任何更改——请在它完成后重试。</translation>
    </message>
    <message>
        <source>The disk is full ({folder}); nothing was changed. Free some space and try again.</source>
        <translation>磁盘已满（{folder}）；未做任何更改。请腾出一些空间后重试。</translation>
    </message>
    <message>
        <source>{name} is read-only (opened from a read-only file or folder); it can be read but not changed. Copy it to a folder you can write to, then open the copy.</source>
        <translation>“{name}”是只读的（从只读文件或文件夹打开）；可以查看，但不能修改。请把它复制到可写的文件夹，再打开副本。</translation>
    </message>
    <message>
        <source>{name} is read-only and was written by an older version of SalesPlanner, so it cannot be brought up to date; copy it to a folder you can write to, then open the copy.</source>
        <translation>“{name}”是只读的，且由旧版跑单规划写入，无法升级；请把它复制到可写的文件夹，再打开副本。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; check the path (no plan file was made).</source>
        <translation>文件夹 {folder} 不存在；请检查路径（未创建计划文件）。</translation>
    </message>
    <message>
        <source>{wal} could not be used and was set aside as {copy}; the most recent changes may be missing from the plan.</source>
        <translation>“{wal}”无法使用，已另存为“{copy}”；计划中最近的更改可能缺失。</translation>
    </message>
    <message>
        <source>{path} is damaged; it was left unchanged. Restore a backup or open another file.</source>
        <translation>“{path}”已损坏；文件未作改动。请恢复备份或打开其他文件。</translation>
    </message>
    <message>
        <source>{path} is not a SalesPlanner data file; it was left unchanged.</source>
        <translation>“{path}”不是跑单规划数据文件；文件未作改动。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of SalesPlanner (data version {version}, this version reads up to {supported}); please update the app. The file was left unchanged.</source>
        <translation>“{path}”由更新版本的跑单规划写入（数据版本 {version}，本版本最高读取 {supported}）；请更新应用。文件未作改动。</translation>
    </message>
    <message>
        <source>Cannot read or write {path} ({reason}).</source>
        <translation>无法读写“{path}”（{reason}）。</translation>
    </message>
    <message>
        <source>{what} {value} is outside the years 1990–2100 that SalesPlanner plans in.</source>
        <translation>{what} {value} 超出了跑单规划可规划的年份（1990–2100）。</translation>
    </message>
    <message>
        <source>{what} {value} is not an amount SalesPlanner can plan with (at most 100,000,000万).</source>
        <translation>{what} {value} 不是跑单规划可以规划的金额（最多 100,000,000万）。</translation>
    </message>
    <message>
        <source>{what} {value}% is outside ±1000%.</source>
        <translation>{what} {value}% 超出了 ±1000%。</translation>
    </message>
    <message>
        <source>{what} {value} is not a count from 0 to 1,000,000,000.</source>
        <translation>{what} {value} 不是 0 到 1,000,000,000 之间的次数。</translation>
    </message>
    <message>
        <source>{what} {value} is not a number of months from 0 to 1332.</source>
        <translation>{what} {value} 不是 0 到 1332 之间的月数。</translation>
    </message>
    <message>
        <source>{what} {value} is not a number this plan gives (a whole number from 1).</source>
        <translation>{what} {value} 不是本计划中的编号（编号是从 1 起的整数）。</translation>
    </message>
    <message>
        <source>{what} {value} must be at least 0.0001 (1 in 10,000) and at most 1 (100%).</source>
        <translation>{what} {value} 必须至少为 0.0001（万分之一），最多为 1（100%）。</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>{name} is not a SalesPlanner team file (it is damaged or truncated).</source>
        <translation>{name} 不是跑单规划的团队文件（已损坏或不完整）。</translation>
    </message>
    <message>
        <source>{name} is not a SalesPlanner team snapshot.</source>
        <translation>{name} 不是跑单规划的团队快照。</translation>
    </message>
    <message>
        <source>{name} was written by a newer SalesPlanner (schema {version}); update the app to read it.</source>
        <translation>{name} 由更新版本的跑单规划写入（格式 {version}）；请升级软件后再读取。</translation>
    </message>
    <message>
        <source>{name} was changed after it was published (its checksum does not match); ask {rep} to publish again.</source>
        <translation>{name} 在发布后被改动过（校验值不符）；请让 {rep} 重新发布。</translation>
    </message>
    <message>
        <source>{name} is incomplete ({detail}).</source>
        <translation>{name} 不完整（{detail}）。</translation>
    </message>
    <message>
        <source>The team target cannot be negative.</source>
        <translation>团队目标不能为负数。</translation>
    </message>
    <message>
        <source>The team folder holds no rep's snapshot to split the target over.</source>
        <translation>团队文件夹里还没有任何销售的快照，无法分解目标。</translation>
    </message>
    <message>
        <source>The quotas typed by hand add up to {sum} ×10k yuan, not the team target {total} ×10k yuan.</source>
        <translation>手工填写的指标合计 {sum} 万元，不等于团队目标 {total} 万元。</translation>
    </message>
    <message>
        <source>{rep} is not a rep in the team folder.</source>
        <translation>团队文件夹里没有名为 {rep} 的销售。</translation>
    </message>
    <message>
        <source>Split the target by history, even or manual, not {method!r}.</source>
        <translation>请按历史、平均或手工分解目标，而不是 {method!r}。</translation>
    </message>
    <message>
        <source>The team folder {folder} cannot be reached ({detail}).</source>
        <translation>无法连接团队文件夹 {folder}（{detail}）。</translation>
    </message>
    <message>
        <source>The team folder {folder} cannot be reached ({detail}); the snapshot is kept in the plan and will be published when the folder can be reached.</source>
        <translation>无法连接团队文件夹 {folder}（{detail}）；快照已保存在计划文件中，连接恢复后会再发布。</translation>
    </message>
    <message>
        <source>The team folder {folder} refused the user name or password.</source>
        <translation>团队文件夹 {folder} 拒绝了用户名或密码。</translation>
    </message>
    <message>
        <source>The team folder {folder} does not exist.</source>
        <translation>团队文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>No team folder is set; choose one in the team dialog.</source>
        <translation>还没有设置团队文件夹；请在团队对话框中选择。</translation>
    </message>
    <message>
        <source>The team folder {folder} cannot be written to ({detail}).</source>
        <translation>无法写入团队文件夹 {folder}（{detail}）。</translation>
    </message>
    <message>
        <source>Give your name for the team before publishing.</source>
        <translation>发布前请先填写你在团队中的名字。</translation>
    </message>
</context>
<context>
    <name>week</name>
    <message>
        <source>Plan time for a deal</source>
        <translation>为商机安排时间</translation>
    </message>
    <message>
        <source>Save week as template</source>
        <translation>把本周存为模板</translation>
    </message>
    <message>
        <source>New time block</source>
        <translation>新建时间块</translation>
    </message>
    <message>
        <source>Delete time block</source>
        <translation>删除时间块</translation>
    </message>
    <message>
        <source>Log activity</source>
        <translation>记录活动</translation>
    </message>
    <message>
        <source>Greeting sent</source>
        <translation>已发送祝福</translation>
    </message>
    <message>
        <source>new-customer visits</source>
        <translation>新客户拜访</translation>
    </message>
    <message>
        <source>follow up existing customers</source>
        <translation>跟进老客户</translation>
    </message>
    <message>
        <source>write proposals</source>
        <translation>撰写提案</translation>
    </message>
    <message>
        <source>prepare meeting materials</source>
        <translation>准备会议材料</translation>
    </message>
    <message>
        <source>new product training</source>
        <translation>新产品培训</translation>
    </message>
    <message>
        <source>industry event</source>
        <translation>行业活动</translation>
    </message>
    <message>
        <source>networking</source>
        <translation>拓展人脉</translation>
    </message>
    <message>
        <source>proposal follow-up</source>
        <translation>提案跟进</translation>
    </message>
    <message>
        <source>contract negotiation</source>
        <translation>合同谈判</translation>
    </message>
    <message>
        <source>review the week</source>
        <translation>本周总结</translation>
    </message>
    <message>
        <source>plan next week</source>
        <translation>规划下周</translation>
    </message>
    <message>
        <source>product learning</source>
        <translation>产品学习</translation>
    </message>
    <message>
        <source>catch-up visits</source>
        <translation>追加拜访</translation>
    </message>
    <message>
        <source>catch-up phone visits</source>
        <translation>追加电话拜访</translation>
    </message>
    <message>
        <source>weekly visit: top customer</source>
        <translation>每周拜访：重点客户</translation>
    </message>
    <message>
        <source>Friday review: what worked, obstacles, next week's plan</source>
        <translation>周五复盘：哪些有效、遇到的障碍、下周计划</translation>
    </message>
    <message>
        <source>Type what you did, e.g. "visit 华星科技" or "phone 3".</source>
        <translation>请输入你做了什么，例如“拜访 华星科技”或“电话 3”。</translation>
    </message>
    <message>
        <source>"{text}" does not say what was done; start with visit, phone, follow-up, proposal, negotiation or contract (拜访, 电话, 跟进, 提案, 谈判, 签约).</source>
        <translation>“{text}”没有说明做了什么：请以 拜访、电话、跟进、提案、谈判 或 签约 开头。</translation>
    </message>
    <message>
        <source>"{text}" holds a date that does not exist.</source>
        <translation>“{text}”里的日期不存在。</translation>
    </message>
    <message>
        <source>"{text}": an amount cannot be negative.</source>
        <translation>“{text}”：金额不能为负数。</translation>
    </message>
    <message>
        <source>"{text}" is not an amount.</source>
        <translation>“{text}”不是金额。</translation>
    </message>
    <message>
        <source>An amount belongs to a contract; write "contract {amount} {customer}".</source>
        <translation>金额只属于签约：请写“签约 {amount} {customer}”。</translation>
    </message>
    <message>
        <source>A contract needs its amount, e.g. "contract 3.5万 华星科技".</source>
        <translation>签约需要写金额，例如“签约 3.5万 华星科技”。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The count must be at least 1.</source>
        <translation>次数至少为 1。</translation>
    </message>
    <message>
        <source>That date is in the future; log what has been done.</source>
        <translation>这个日期在将来：请记录已经做过的事。</translation>
    </message>
    <message>
        <source>"{text}" is not an amount; write it like 3.5万 or 35000元.</source>
        <translation>“{text}”不是金额：请写成 3.5万 或 35000元 这样。</translation>
    </message>
    <message>
        <source>That date is in the future; a deal is won or lost when it happens.</source>
        <translation>这个日期在将来：商机在发生时才算赢单或输单。</translation>
    </message>
    <message>
        <source>Name the customer, e.g. "{example}".</source>
        <translation>请写出客户，例如“{example}”。</translation>
    </message>
    <message>
        <source>Say which stage, e.g. "{example}".</source>
        <translation>请写出推进到哪个阶段，例如“{example}”。</translation>
    </message>
    <message>
        <source>A won deal needs its final amount, e.g. "{example}".</source>
        <translation>赢单需要写成交金额，例如“{example}”。</translation>
    </message>
    <message>
        <source>Say why the deal was lost, e.g. "{example}".</source>
        <translation>请写出输单原因，例如“{example}”。</translation>
    </message>
    <message>
        <source>"{text}": the date is outside the years 1990–2100 that SalesPlanner plans in.</source>
        <translation>“{text}”：日期超出了 SalesPlanner 可规划的 1990–2100 年范围。</translation>
    </message>
    <message>
        <source>"{text}": the amount is more than SalesPlanner can plan with (at most 100,000,000万).</source>
        <translation>“{text}”：金额超出了 SalesPlanner 可规划的范围（最多 100,000,000万）。</translation>
    </message>
    <message>
        <source>Follow up {customer} today</source>
        <translation>今天跟进 {customer}</translation>
    </message>
    <message>
        <source>{person} ({customer}): birthday on {date}</source>
        <translation>{person}（{customer}）：{date} 生日</translation>
    </message>
    <message>
        <source>{customer}: birthday on {date}</source>
        <translation>{customer}：{date} 生日</translation>
    </message>
    <message>
        <source>{holiday} on {date}: send customers greetings</source>
        <translation>{date} 是{holiday}：给客户送上问候</translation>
    </message>
    <message>
        <source>Follow up {customer} (due {date})</source>
        <translation>跟进 {customer}（{date} 到期）</translation>
    </message>
    <message>
        <source>{person} ({customer}): birthday today — send greetings</source>
        <translation>{person}（{customer}）：今天生日，记得送上祝福</translation>
    </message>
    <message>
        <source>{customer}: birthday today — send greetings</source>
        <translation>{customer}：今天生日——送上祝福</translation>
    </message>
</context>
<context>
    <name>Greetings</name>
    <message>
        <source>Dear {name}, with {holiday} coming, I wish you and your family a happy holiday!</source>
        <translation>{name}您好，{holiday}将至，祝您和家人节日快乐，阖家幸福！</translation>
    </message>
    <message>
        <source>On the occasion of {holiday}, thank you for your support; have a joyful holiday.</source>
        <translation>值此{holiday}之际，感谢您一直以来的支持，祝您节日愉快，万事顺意！</translation>
    </message>
    <message>
        <source>Happy {holiday}, {name}! Thank you for working with us this year.</source>
        <translation>{name}，{holiday}快乐！感谢您今年的支持与合作。</translation>
    </message>
    <message>
        <source>Birthday greeting sent</source>
        <translation>已发送生日祝福</translation>
    </message>
    <message>
        <source>Happy birthday, {name}! Wishing you good health and every success this year.</source>
        <translation>{name}，生日快乐！祝您身体健康，工作顺利，万事如意！</translation>
    </message>
    <message>
        <source>Dear {name}, happy birthday! Thank you for your trust and support — all the best.</source>
        <translation>{name}您好，今天是您的生日，感谢您一直以来的信任与支持，祝您生日快乐！</translation>
    </message>
    <message>
        <source>Happy birthday, {name}! May the year ahead bring you joy and good fortune.</source>
        <translation>祝{name}生日快乐！愿新的一岁喜乐安康，事业兴旺。</translation>
    </message>
    <message>
        <source>{holiday} greeting sent</source>
        <translation>已发送{holiday}祝福</translation>
    </message>
</context>
</TS>
