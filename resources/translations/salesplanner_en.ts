<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>week</source>
        <comment>Save week as template</comment>
        <translation>week</translation>
    </message>
    <message>
        <source>week</source>
        <comment>Template name (an existing name is replaced):</comment>
        <translation>week</translation>
    </message>
    <message>
        <source>week</source>
        <comment>My week</comment>
        <translation>week</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>6. Activity targets</source>
        <translation>6. Activity targets</translation>
    </message>
    <message>
        <source>The funnel run backwards: revenue → contracts → proposals → visits. Change the rates to your own; edit any month.</source>
        <translation>The funnel run backwards: revenue → contracts → proposals → visits. Change the rates to your own; edit any month.</translation>
    </message>
    <message>
        <source>Average deal (%1):</source>
        <translation>Average deal (%1):</translation>
    </message>
    <message>
        <source>Proposals that close:</source>
        <translation>Proposals that close:</translation>
    </message>
    <message>
        <source>Visits that become proposals:</source>
        <translation>Visits that become proposals:</translation>
    </message>
    <message>
        <source>Follow-ups a day:</source>
        <translation>Follow-ups a day:</translation>
    </message>
    <message>
        <source>Use my measured rates</source>
        <translation>Use my measured rates</translation>
    </message>
    <message>
        <source>Undo my edits</source>
        <translation>Undo my edits</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>The average deal must be an amount above zero.</source>
        <translation>The average deal must be an amount above zero.</translation>
    </message>
    <message>
        <source>Your funnel over the last 12 months:</source>
        <translation>Your funnel over the last 12 months:</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>Average won deal</translation>
    </message>
    <message>
        <source>won deals</source>
        <translation>won deals</translation>
    </message>
    <message>
        <source>Visits → new deals</source>
        <translation>Visits → new deals</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visits</translation>
    </message>
    <message>
        <source>New deals → proposals</source>
        <translation>New deals → proposals</translation>
    </message>
    <message>
        <source>deals decided</source>
        <translation>deals decided</translation>
    </message>
    <message>
        <source>Proposals → won</source>
        <translation>Proposals → won</translation>
    </message>
    <message>
        <source>closed proposals</source>
        <translation>closed proposals</translation>
    </message>
    <message>
        <source>%1: %2, measured from %3 %4</source>
        <translation>%1: %2, measured from %3 %4</translation>
    </message>
    <message>
        <source>%1: %2, default (%3 %4 so far; %5 needed)</source>
        <translation>%1: %2, default (%3 %4 so far; %5 needed)</translation>
    </message>
    <message>
        <source>A full week (%1): %2</source>
        <translation>A full week (%1): %2</translation>
    </message>
</context>
<context>
    <name>BaselinePage</name>
    <message>
        <source>2. Baseline and external factors</source>
        <translation>2. Baseline and external factors</translation>
    </message>
    <message>
        <source>Pick what history says you can do, then note what is changing around you.</source>
        <translation>Pick what history says you can do, then note what is changing around you.</translation>
    </message>
    <message>
        <source>External factors (market trend, competitors, season). A percentage adjusts the baseline; without one it is a note.</source>
        <translation>External factors (market trend, competitors, season). A percentage adjusts the baseline; without one it is a note.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Adjust %</source>
        <translation>Adjust %</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add factor</source>
        <translation>Add factor</translation>
    </message>
    <message>
        <source>Remove factor</source>
        <translation>Remove factor</translation>
    </message>
    <message>
        <source>the most recent period, the method's default</source>
        <translation>the most recent period, the method's default</translation>
    </message>
    <message>
        <source>steadier when periods jump around</source>
        <translation>steadier when periods jump around</translation>
    </message>
    <message>
        <source>continues a rising or falling line</source>
        <translation>continues a rising or falling line</translation>
    </message>
    <message>
        <source>New factor</source>
        <translation>New factor</translation>
    </message>
    <message>
        <source>+ helps</source>
        <translation>+ helps</translation>
    </message>
    <message>
        <source>− hurts</source>
        <translation>− hurts</translation>
    </message>
    <message>
        <source>Baseline %1 → after factors %2</source>
        <translation>Baseline %1 → after factors %2</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Baseline %1</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Time block</source>
        <translation>Time block</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Planned count</source>
        <translation>Planned count</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>The block must end after it starts.</source>
        <translation>The block must end after it starts.</translation>
    </message>
</context>
<context>
    <name>BreakdownPage</name>
    <message>
        <source>5. Break the goal down</source>
        <translation>5. Break the goal down</translation>
    </message>
    <message>
        <source>Months, then weeks by working days (public holidays, make-up days and your days off count). Edit a month: the others absorb the difference.</source>
        <translation>Months, then weeks by working days (public holidays, make-up days and your days off count). Edit a month: the others absorb the difference.</translation>
    </message>
    <message>
        <source>Undo my edits</source>
        <translation>Undo my edits</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <source>step per month:</source>
        <translation>step per month:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>Target (%1)</source>
        <translation>Target (%1)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>The edited months add up to more than the goal; lower one of them.</source>
        <translation>The edited months add up to more than the goal; lower one of them.</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Set by hand</translation>
    </message>
    <message>
        <source>Total %1 of the goal %2</source>
        <translation>Total %1 of the goal %2</translation>
    </message>
    <message>
        <source>The official holiday schedule for %1 is not published yet: holidays are estimated and make-up working days are missing. Mark them as days off or working days in the settings.</source>
        <translation>The official holiday schedule for %1 is not published yet: holidays are estimated and make-up working days are missing. Mark them as days off or working days in the settings.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>+{n} more</source>
        <translation>+{n} more</translation>
    </message>
    <message>
        <source>Logged {count}</source>
        <translation>Logged {count}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Make-up workday</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
</context>
<context>
    <name>CapacityView</name>
    <message>
        <source>{logged} of {target} done · plan holds {planned}</source>
        <translation>{logged} of {target} done · plan holds {planned}</translation>
    </message>
    <message>
        <source>{logged} done · plan holds {planned}</source>
        <translation>{logged} done · plan holds {planned}</translation>
    </message>
    <message>
        <source>{day}: only {free} h unplanned; keep {buffer} h free for the unexpected</source>
        <translation>{day}: only {free} h unplanned; keep {buffer} h free for the unexpected</translation>
    </message>
    <message>
        <source>{logged} of {target} done · plan holds only {planned}</source>
        <translation>{logged} of {target} done · plan holds only {planned}</translation>
    </message>
    <message>
        <source>{won} won · no sales target this week</source>
        <translation>{won} won · no sales target this week</translation>
    </message>
    <message>
        <source>{won} won of {target}</source>
        <translation>{won} won of {target}</translation>
    </message>
    <message>
        <source>{logged} of {target} done</source>
        <translation>{logged} of {target} done</translation>
    </message>
    <message>
        <source>Targets this week</source>
        <translation>Targets this week</translation>
    </message>
    <message>
        <source>No activity targets or planned activities this week.</source>
        <translation>No activity targets or planned activities this week.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Learning time</source>
        <translation>Learning time</translation>
    </message>
    <message>
        <source>{hours} h planned, {share}% of working time (target {target}%)</source>
        <translation>{hours} h planned, {share}% of working time (target {target}%)</translation>
    </message>
    <message>
        <source>Buffer (trap 4.2)</source>
        <translation>Buffer (trap 4.2)</translation>
    </message>
    <message>
        <source>Every working day keeps at least {buffer} h unplanned.</source>
        <translation>Every working day keeps at least {buffer} h unplanned.</translation>
    </message>
</context>
<context>
    <name>ChallengePage</name>
    <message>
        <source>3. Challenge</source>
        <translation>3. Challenge</translation>
    </message>
    <message>
        <source>The method adds 10–20% to the baseline: enough to stretch, not so much that you give up.</source>
        <translation>The method adds 10–20% to the baseline: enough to stretch, not so much that you give up.</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>Use the suggestion</translation>
    </message>
    <message>
        <source>Challenge over the baseline:</source>
        <translation>Challenge over the baseline:</translation>
    </message>
    <message>
        <source>Round to:</source>
        <translation>Round to:</translation>
    </message>
    <message>
        <source>Target (%1):</source>
        <translation>Target (%1):</translation>
    </message>
    <message>
        <source>Stretch tier (%1):</source>
        <translation>Stretch tier (%1):</translation>
    </message>
    <message>
        <source>Challenge tier (%1):</source>
        <translation>Challenge tier (%1):</translation>
    </message>
    <message>
        <source>Use the proposed tiers</source>
        <translation>Use the proposed tiers</translation>
    </message>
    <message>
        <source>no rounding</source>
        <translation>no rounding</translation>
    </message>
    <message>
        <source>%1 × (1 + %2%) = %3 → rounded %4</source>
        <translation>%1 × (1 + %2%) = %3 → rounded %4</translation>
    </message>
    <message>
        <source>(your own target: %1)</source>
        <translation>(your own target: %1)</translation>
    </message>
    <message>
        <source>Stretch and challenge are proposed %1% and %2% above the target, or higher where your past weeks of sales reach more: with even odds for the stretch, one in ten for the challenge.</source>
        <translation>Stretch and challenge are proposed %1% and %2% above the target, or higher where your past weeks of sales reach more: with even odds for the stretch, one in ten for the challenge.</translation>
    </message>
    <message>
        <source>From your past %1 weeks of sales: target %2, stretch %3, challenge %4 likely (without the deals in the pipeline).</source>
        <translation>From your past %1 weeks of sales: target %2, stretch %3, challenge %4 likely (without the deals in the pipeline).</translation>
    </message>
    <message>
        <source>No past sales yet to give the odds of each tier.</source>
        <translation>No past sales yet to give the odds of each tier.</translation>
    </message>
    <message>
        <source>Each tier must be above the one before it.</source>
        <translation>Each tier must be above the one before it.</translation>
    </message>
</context>
<context>
    <name>ChasePanel</name>
    <message>
        <source>Drag a deal onto the calendar to plan time for it; double-click opens it</source>
        <translation>Drag a deal onto the calendar to plan time for it; double-click opens it</translation>
    </message>
    <message>
        <source>Deals to chase this week</source>
        <translation>Deals to chase this week</translation>
    </message>
    <message>
        <source>next step a day overdue</source>
        <translation>next step a day overdue</translation>
    </message>
    <message>
        <source>close date passed yesterday</source>
        <translation>close date passed yesterday</translation>
    </message>
    <message>
        <source>Deals to chase this week ({n})</source>
        <translation>Deals to chase this week ({n})</translation>
    </message>
    <message>
        <source>… and {n} more in the Pipeline pane</source>
        <translation>… and {n} more in the Pipeline pane</translation>
    </message>
    <message>
        <source>next step due {date}</source>
        <translation>next step due {date}</translation>
    </message>
    <message numerus="yes">
        <source>next step %n day(s) overdue</source>
        <translation>
            <numerusform>next step %n day overdue</numerusform>
            <numerusform>next step %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>close date passed %n day(s) ago</source>
        <translation>
            <numerusform>close date passed %n day ago</numerusform>
            <numerusform>close date passed %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>closes {date}</source>
        <translation>closes {date}</translation>
    </message>
    <message numerus="yes">
        <source>no activity for %n day(s)</source>
        <translation>
            <numerusform>no activity for %n day</numerusform>
            <numerusform>no activity for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{why}: {step}</source>
        <translation>{why}: {step}</translation>
    </message>
    <message>
        <source>No deal needs chasing this week.</source>
        <translation>No deal needs chasing this week.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>1980-12-06, or --12-06 without the year</source>
        <translation>1980-12-06, or --12-06 without the year</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Main contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>— nobody in particular</source>
        <translation>— nobody in particular</translation>
    </message>
    <message>
        <source>{name} (main contact)</source>
        <translation>{name} (main contact)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Your data is safe: everything saved before this moment is in the plan file, and the change that failed was not written. You can keep working.</source>
        <translation>Your data is safe: everything saved before this moment is in the plan file, and the change that failed was not written. You can keep working.</translation>
    </message>
    <message>
        <source>Details were written to the log: {path}</source>
        <translation>Details were written to the log: {path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Something went wrong: {error} ({kind}).</source>
        <translation>Something went wrong: {error} ({kind}).</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>This customer is no longer in the plan (merged or removed).</source>
        <translation>This customer is no longer in the plan (merged or removed).</translation>
    </message>
    <message>
        <source>Merge another customer into this one…</source>
        <translation>Merge another customer into this one…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>e.g. 华星, HX (separated by commas)</source>
        <translation>e.g. 华星, HX (separated by commas)</translation>
    </message>
    <message>
        <source>e.g. trade fair, referral, website</source>
        <translation>e.g. trade fair, referral, website</translation>
    </message>
    <message>
        <source>Priority customer</source>
        <translation>Priority customer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short names</source>
        <translation>Short names</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Make main contact</source>
        <translation>Make main contact</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Customer: {name}</translation>
    </message>
    <message>
        <source>Class {abc} · rank {rank} · {revenue} in the last 12 months</source>
        <translation>Class {abc} · rank {rank} · {revenue} in the last 12 months</translation>
    </message>
    <message>
        <source>Never contacted yet.</source>
        <translation>Never contacted yet.</translation>
    </message>
    <message>
        <source>Not contacted for {days} days (class {abc}: every {cadence} days).</source>
        <translation>Not contacted for {days} days (class {abc}: every {cadence} days).</translation>
    </message>
    <message>
        <source>Last contact today (class {abc}: every {cadence} days).</source>
        <translation>Last contact today (class {abc}: every {cadence} days).</translation>
    </message>
    <message>
        <source>Last contact yesterday (class {abc}: every {cadence} days).</source>
        <translation>Last contact yesterday (class {abc}: every {cadence} days).</translation>
    </message>
    <message>
        <source>Last contact {date}, {days} days ago (class {abc}: every {cadence} days).</source>
        <translation>Last contact {date}, {days} days ago (class {abc}: every {cadence} days).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Timeline ({count})</source>
        <translation>Timeline ({count})</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Make {name} the main contact</source>
        <translation>Make {name} the main contact</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Merge customers</translation>
    </message>
    <message>
        <source>Customer to merge into {name}:</source>
        <translation>Customer to merge into {name}:</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Weekly review</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Move every sale, activity, block, deal and contact of {other} to {keep} and remove {other}? Undo brings it back.</source>
        <translation>Move every sale, activity, block, deal and contact of {other} to {keep} and remove {other}? Undo brings it back.</translation>
    </message>
    <message>
        <source>Merge {other} into {keep}</source>
        <translation>Merge {other} into {keep}</translation>
    </message>
    <message>
        <source>Deal: {stage}</source>
        <translation>Deal: {stage}</translation>
    </message>
    <message>
        <source>{count} × {activity}</source>
        <translation>{count} × {activity}</translation>
    </message>
    <message>
        <source>Add contact {name}</source>
        <translation>Add contact {name}</translation>
    </message>
    <message>
        <source>Edit contact {name}</source>
        <translation>Edit contact {name}</translation>
    </message>
    <message>
        <source>New customer {name}</source>
        <translation>New customer {name}</translation>
    </message>
    <message>
        <source>Remove contact {name}</source>
        <translation>Remove contact {name}</translation>
    </message>
    <message>
        <source>Edit customer {name}</source>
        <translation>Edit customer {name}</translation>
    </message>
</context>
<context>
    <name>CustomerChooser</name>
    <message>
        <source>New customer “{name}”</source>
        <translation>New customer “{name}”</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Days since</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
</context>
<context>
    <name>CustomersPane</name>
    <message>
        <source>Filter by name…</source>
        <translation>Filter by name…</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>Class A</source>
        <translation>Class A</translation>
    </message>
    <message>
        <source>Class B</source>
        <translation>Class B</translation>
    </message>
    <message>
        <source>Class C</source>
        <translation>Class C</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>All history</translation>
    </message>
    <message>
        <source>Mark priority</source>
        <translation>Mark priority</translation>
    </message>
    <message>
        <source>Unmark</source>
        <translation>Unmark</translation>
    </message>
    <message>
        <source>Visit the top 5 weekly</source>
        <translation>Visit the top 5 weekly</translation>
    </message>
    <message>
        <source>Adds a one-hour visit to each of the five biggest customers in each of the next four weeks, in free time.</source>
        <translation>Adds a one-hour visit to each of the five biggest customers in each of the next four weeks, in free time.</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>New customer…</translation>
    </message>
    <message>
        <source>Duplicates…</source>
        <translation>Duplicates…</translation>
    </message>
    <message>
        <source>Customers that look like one company under two names, to merge.</source>
        <translation>Customers that look like one company under two names, to merge.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} and {count} more</translation>
    </message>
    <message>
        <source>The top 20% ({count} of {buyers} buying customers) bring {share} of {total}. Top 10%: {names}.</source>
        <translation>The top 20% ({count} of {buyers} buying customers) bring {share} of {total}. Top 10%: {names}.</translation>
    </message>
    <message>
        <source>No sales in this period yet: import or log sales to see which customers matter most.</source>
        <translation>No sales in this period yet: import or log sales to see which customers matter most.</translation>
    </message>
    <message>
        <source>Mark priority customers</source>
        <translation>Mark priority customers</translation>
    </message>
    <message>
        <source>Unmark priority customers</source>
        <translation>Unmark priority customers</translation>
    </message>
    <message>
        <source>There is no free time left in the next weeks for these visits.</source>
        <translation>There is no free time left in the next weeks for these visits.</translation>
    </message>
    <message>
        <source>Add {count} one-hour visit blocks ({names}) from {first} to {last}?</source>
        <translation>Add {count} one-hour visit blocks ({names}) from {first} to {last}?</translation>
    </message>
    <message>
        <source>{missing} of the {wanted} visits do not fit in the free time of those weeks.</source>
        <translation>{missing} of the {wanted} visits do not fit in the free time of those weeks.</translation>
    </message>
    <message>
        <source>Visit the top 5 customers weekly</source>
        <translation>Visit the top 5 customers weekly</translation>
    </message>
    <message>
        <source>{count} visit blocks added, {first} – {last}.</source>
        <translation>{count} visit blocks added, {first} – {last}.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Name of the new customer:</source>
        <translation>Name of the new customer:</translation>
    </message>
    <message>
        <source>Pareto: share of revenue by customer</source>
        <translation>Pareto: share of revenue by customer</translation>
    </message>
    <message>
        <source>Customers by revenue rank</source>
        <translation>Customers by revenue rank</translation>
    </message>
    <message>
        <source>Pareto: no sales in this period yet</source>
        <translation>Pareto: no sales in this period yet</translation>
    </message>
    <message>
        <source>Cumulative: {pct}</source>
        <translation>Cumulative: {pct}</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>New deal</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>e.g. 12万 or 120000元</source>
        <translation>e.g. 12万 or 120000元</translation>
    </message>
    <message>
        <source>I count on this deal this period (commit)</source>
        <translation>I count on this deal this period (commit)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation>Expected amount</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Next step on</source>
        <translation>Next step on</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Name the customer.</source>
        <translation>Name the customer.</translation>
    </message>
    <message>
        <source>The amount is not a number; write it like 12万 or 120000元.</source>
        <translation>The amount is not a number; write it like 12万 or 120000元.</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Days in stage</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Next step on</source>
        <translation>Next step on</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>The expected close date has passed</source>
        <translation>The expected close date has passed</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>This is the demo plan: made-up customers and sales to explore. Nothing you do here touches your own plan.</source>
        <translation>This is the demo plan: made-up customers and sales to explore. Nothing you do here touches your own plan.</translation>
    </message>
    <message>
        <source>Start my own plan</source>
        <translation>Start my own plan</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Your plan is empty. Start by setting a goal: the wizard turns your sales history into a target and a weekly plan. Or import the workbook you already keep.</source>
        <translation>Your plan is empty. Start by setting a goal: the wizard turns your sales history into a target and a weekly plan. Or import the workbook you already keep.</translation>
    </message>
    <message>
        <source>Start the goal wizard</source>
        <translation>Start the goal wizard</translation>
    </message>
    <message>
        <source>Import a workbook…</source>
        <translation>Import a workbook…</translation>
    </message>
    <message>
        <source>Explore demo data</source>
        <translation>Explore demo data</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit journal entry</source>
        <translation>Edit journal entry</translation>
    </message>
    <message>
        <source>{type} · {customer}</source>
        <translation>{type} · {customer}</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>How many</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>e.g. 3.5万</source>
        <translation>e.g. 3.5万</translation>
    </message>
    <message>
        <source>e.g. 35000</source>
        <translation>e.g. 35000</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A contract needs its amount.</source>
        <translation>A contract needs its amount.</translation>
    </message>
</context>
<context>
    <name>GoalPane</name>
    <message>
        <source>New goal…</source>
        <translation>New goal…</translation>
    </message>
    <message>
        <source>Edit goal…</source>
        <translation>Edit goal…</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>Start with the goal wizard</source>
        <translation>Start with the goal wizard</translation>
    </message>
    <message>
        <source>The wizard looks at your past sales, suggests a challenging but realistic target (baseline + 10–20%), checks it against SMART, splits it into months and weeks, and turns it into weekly visits, proposals and contracts. It takes about five minutes.</source>
        <translation>The wizard looks at your past sales, suggests a challenging but realistic target (baseline + 10–20%), checks it against SMART, splits it into months and weeks, and turns it into weekly visits, proposals and contracts. It takes about five minutes.</translation>
    </message>
    <message>
        <source>Start the goal wizard</source>
        <translation>Start the goal wizard</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>Target (%1)</source>
        <translation>Target (%1)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Activity targets</source>
        <translation>Activity targets</translation>
    </message>
    <message>
        <source>Target by week</source>
        <translation>Target by week</translation>
    </message>
    <message>
        <source>Plan notes</source>
        <translation>Plan notes</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <source>(no statement)</source>
        <translation>(no statement)</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
    <message>
        <source>None yet: editing the goal keeps the earlier version here.</source>
        <translation>None yet: editing the goal keeps the earlier version here.</translation>
    </message>
    <message>
        <source>{risk} → fallback: {fallback}</source>
        <translation>{risk} → fallback: {fallback}</translation>
    </message>
    <message>
        <source>Key result areas</source>
        <translation>Key result areas</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Risks and fallbacks</source>
        <translation>Risks and fallbacks</translation>
    </message>
    <message>
        <source>External factors</source>
        <translation>External factors</translation>
    </message>
    <message>
        <source>No key result areas, resources or risks noted: edit the goal to add them.</source>
        <translation>No key result areas, resources or risks noted: edit the goal to add them.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>GoalTexts</name>
    <message>
        <source>There is no history to compare with: enter past periods' sales first.</source>
        <translation>There is no history to compare with: enter past periods' sales first.</translation>
    </message>
    <message>
        <source>{target} is below the baseline {reference}: history alone gets there; aim higher.</source>
        <translation>{target} is below the baseline {reference}: history alone gets there; aim higher.</translation>
    </message>
    <message>
        <source>{target} is below the trend {trend}: the rising history alone gets there; aim higher.</source>
        <translation>{target} is below the trend {trend}: the rising history alone gets there; aim higher.</translation>
    </message>
    <message>
        <source>{target} is {pct}% above the baseline {reference}: comfortable, less than the method's 10–20% challenge.</source>
        <translation>{target} is {pct}% above the baseline {reference}: comfortable, less than the method's 10–20% challenge.</translation>
    </message>
    <message>
        <source>{target} is {pct}% above the baseline {reference}: a stretch within the method's 10–20% challenge.</source>
        <translation>{target} is {pct}% above the baseline {reference}: a stretch within the method's 10–20% challenge.</translation>
    </message>
    <message>
        <source>{target} is {pct}% above the baseline {reference}: more than a 20% stretch; make sure the factors support it.</source>
        <translation>{target} is {pct}% above the baseline {reference}: more than a 20% stretch; make sure the factors support it.</translation>
    </message>
    <message>
        <source>{target} is {pct}% above the baseline {reference}: history does not support more than 50%; lower it or reach it in steps.</source>
        <translation>{target} is {pct}% above the baseline {reference}: history does not support more than 50%; lower it or reach it in steps.</translation>
    </message>
    <message>
        <source>The goal is written down and focused on “{focus}”.</source>
        <translation>The goal is written down and focused on “{focus}”.</translation>
    </message>
    <message>
        <source>Name the focus (product line, segment or channel), so the goal is more than “sell more”.</source>
        <translation>Name the focus (product line, segment or channel), so the goal is more than “sell more”.</translation>
    </message>
    <message>
        <source>Write the goal as one sentence, e.g. “This quarter, 980,000 yuan of sales of the new version”.</source>
        <translation>Write the goal as one sentence, e.g. “This quarter, 980,000 yuan of sales of the new version”.</translation>
    </message>
    <message>
        <source>A number with a unit: {target}.</source>
        <translation>A number with a unit: {target}.</translation>
    </message>
    <message>
        <source>Set a target greater than zero, with its unit.</source>
        <translation>Set a target greater than zero, with its unit.</translation>
    </message>
    <message>
        <source>Give the target a unit (yuan, customers or contracts).</source>
        <translation>Give the target a unit (yuan, customers or contracts).</translation>
    </message>
    <message>
        <source>Tied to the company's focus: “{relevance}”.</source>
        <translation>Tied to the company's focus: “{relevance}”.</translation>
    </message>
    <message>
        <source>Say which company priority the focus “{focus}” serves (e.g. the new product the company is pushing).</source>
        <translation>Say which company priority the focus “{focus}” serves (e.g. the new product the company is pushing).</translation>
    </message>
    <message>
        <source>Tie the goal to the company's focus, e.g. the new product it is pushing.</source>
        <translation>Tie the goal to the company's focus, e.g. the new product it is pushing.</translation>
    </message>
    <message>
        <source>From {start} to the deadline {end}.</source>
        <translation>From {start} to the deadline {end}.</translation>
    </message>
    <message>
        <source>Set a start date and a deadline.</source>
        <translation>Set a start date and a deadline.</translation>
    </message>
    <message>
        <source>The deadline {end} is before the start {start}.</source>
        <translation>The deadline {end} is before the start {start}.</translation>
    </message>
    <message>
        <source>Too low</source>
        <translation>Too low</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Comfortable</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Stretch</translation>
    </message>
    <message>
        <source>Aggressive</source>
        <translation>Aggressive</translation>
    </message>
    <message>
        <source>Unrealistic</source>
        <translation>Unrealistic</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>No history</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Specific</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Measurable</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>Achievable</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Time-bound</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Last period</source>
        <translation>Last period</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Trend projection</source>
        <translation>Trend projection</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Even</translation>
    </message>
    <message>
        <source>Ramp (a step up each month)</source>
        <translation>Ramp (a step up each month)</translation>
    </message>
    <message>
        <source>Seasonal (like the same months before)</source>
        <translation>Seasonal (like the same months before)</translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message>
        <source>Edit goal</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Save goal</source>
        <translation>Save goal</translation>
    </message>
    <message>
        <source>Edit goal “%1”</source>
        <translation>Edit goal “%1”</translation>
    </message>
    <message>
        <source>New goal “%1”</source>
        <translation>New goal “%1”</translation>
    </message>
    <message>
        <source>Goal wizard</source>
        <translation>Goal wizard</translation>
    </message>
    <message>
        <source>This quarter, 980,000 yuan of sales of the new version</source>
        <translation>This quarter, 980,000 yuan of sales of the new version</translation>
    </message>
    <message>
        <source>New software version</source>
        <translation>New software version</translation>
    </message>
    <message>
        <source>The company is pushing the new version</source>
        <translation>The company is pushing the new version</translation>
    </message>
    <message>
        <source>New product version</source>
        <translation>New product version</translation>
    </message>
    <message>
        <source>Competitor launched a similar product</source>
        <translation>Competitor launched a similar product</translation>
    </message>
</context>
<context>
    <name>GreetingDialog</name>
    <message>
        <source>Birthday greeting</source>
        <translation>Birthday greeting</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <source>{who}: birthday on {date}</source>
        <translation>{who}: birthday on {date}</translation>
    </message>
    <message>
        <source>{holiday} on {date}</source>
        <translation>{holiday} on {date}</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>No customer</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the text, to paste it into WeChat or an e-mail</source>
        <translation>Copy the text, to paste it into WeChat or an e-mail</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Mark sent</translation>
    </message>
    <message>
        <source>Log the greeting as an activity of the customer</source>
        <translation>Log the greeting as an activity of the customer</translation>
    </message>
    <message>
        <source>Copied. Paste it into WeChat or an e-mail, then mark it sent.</source>
        <translation>Copied. Paste it into WeChat or an e-mail, then mark it sent.</translation>
    </message>
    <message>
        <source>Choose one of your customers, or none.</source>
        <translation>Choose one of your customers, or none.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>1. Sales history</source>
        <translation>1. Sales history</translation>
    </message>
    <message>
        <source>Choose the goal's period, then check past periods' sales: the target grows from them.</source>
        <translation>Choose the goal's period, then check past periods' sales: the target grows from them.</translation>
    </message>
    <message>
        <source>Load from sales records</source>
        <translation>Load from sales records</translation>
    </message>
    <message>
        <source>Goal for a</source>
        <translation>Goal for a</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>starting</translation>
    </message>
    <message>
        <source>Past periods:</source>
        <translation>Past periods:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>Sales (%1)</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Add period</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>Remove period</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Period %1</translation>
    </message>
    <message>
        <source>Totals come from your sales records; edit any number that is not right.</source>
        <translation>Totals come from your sales records; edit any number that is not right.</translation>
    </message>
    <message>
        <source>No sales records yet: type in the totals of your last periods (from your own notes or the company report), or import a workbook first.</source>
        <translation>No sales records yet: type in the totals of your last periods (from your own notes or the company report), or import a workbook first.</translation>
    </message>
    <message>
        <source>This period is not over: its sales so far are left out of the baseline. Tick to count them all the same.</source>
        <translation>This period is not over: its sales so far are left out of the baseline. Tick to count them all the same.</translation>
    </message>
    <message>
        <source>Type an amount, e.g. 85</source>
        <translation>Type an amount, e.g. 85</translation>
    </message>
    <message>
        <source>not over: not counted</source>
        <translation>not over: not counted</translation>
    </message>
    <message>
        <source>Last %1 · average %2 · trend next %3</source>
        <translation>Last %1 · average %2 · trend next %3</translation>
    </message>
    <message>
        <source>Without history the wizard cannot judge whether a target is realistic.</source>
        <translation>Without history the wizard cannot judge whether a target is realistic.</translation>
    </message>
    <message>
        <source>%1 is not over yet: its sales so far are left out (tick it to count them).</source>
        <translation>%1 is not over yet: its sales so far are left out (tick it to count them).</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>Remove this import</source>
        <translation>Remove this import</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Still in the plan</source>
        <translation>Still in the plan</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>No imports yet.</translation>
    </message>
    <message>
        <source>An import of monthly targets set the goal's months and cannot be taken back; revise the goal instead.</source>
        <translation>An import of monthly targets set the goal's months and cannot be taken back; revise the goal instead.</translation>
    </message>
    <message>
        <source>Removed from “{file}”: {what}. Edit → Undo puts them back.</source>
        <translation>Removed from “{file}”: {what}. Edit → Undo puts them back.</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Date</source>
        <extracomment>the roles the model answers (a view asks for a dozen per cell it paints) the first click on these sorts the biggest (the newest) first the sort arrow the header draws itself (Qt's own points up for newest first)</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>{customer} · {person}</source>
        <translation>{customer} · {person}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Logged</translation>
    </message>
</context>
<context>
    <name>JournalPane</name>
    <message>
        <source>From</source>
        <extracomment>Starting widths of the columns (measuring 20,000 rows to fit them would cost more than the query); the rep can widen any of them. the rep asked to open a customer (its id): the window shows it</extracomment>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Outcome contains…</source>
        <translation>Outcome contains…</translation>
    </message>
    <message>
        <source>Log…</source>
        <translation>Log…</translation>
    </message>
    <message>
        <source>Log an activity no block stands for, and the customer's next follow-up</source>
        <translation>Log an activity no block stands for, and the customer's next follow-up</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Open customer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(ies) · sales {amount}</source>
        <translation>
            <numerusform>%Ln entry · sales {amount}</numerusform>
            <numerusform>%Ln entries · sales {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>Log an activity</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>Log an activity</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>e.g. interested, demo booked, quote sent</source>
        <translation>e.g. interested, demo booked, quote sent</translation>
    </message>
    <message>
        <source>e.g. 3.5万</source>
        <translation>e.g. 3.5万</translation>
    </message>
    <message>
        <source>e.g. 35000</source>
        <translation>e.g. 35000</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>How many</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>Contract amount</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Set the customer's next follow-up date as this is logged</source>
        <translation>Set the customer's next follow-up date as this is logged</translation>
    </message>
    <message>
        <source>A contract needs its amount.</source>
        <translation>A contract needs its amount.</translation>
    </message>
    <message>
        <source>Name the customer to follow up.</source>
        <translation>Name the customer to follow up.</translation>
    </message>
</context>
<context>
    <name>LoseDialog</name>
    <message>
        <source>Lost: {deal}</source>
        <translation>Lost: {deal}</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Price too high</translation>
    </message>
    <message>
        <source>Went with a competitor</source>
        <translation>Went with a competitor</translation>
    </message>
    <message>
        <source>Budget cut</source>
        <translation>Budget cut</translation>
    </message>
    <message>
        <source>Needs changed</source>
        <translation>Needs changed</translation>
    </message>
    <message>
        <source>Decision maker changed</source>
        <translation>Decision maker changed</translation>
    </message>
    <message>
        <source>No answer from the customer</source>
        <translation>No answer from the customer</translation>
    </message>
    <message>
        <source>Why was it lost?</source>
        <translation>Why was it lost?</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>Lost on</translation>
    </message>
    <message>
        <source>Say why: it is how the next deal goes better.</source>
        <translation>Say why: it is how the next deal goes better.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;New plan file…</source>
        <translation>&amp;New plan file…</translation>
    </message>
    <message>
        <source>&amp;Open plan file…</source>
        <translation>&amp;Open plan file…</translation>
    </message>
    <message>
        <source>Save a &amp;copy / Backup…</source>
        <translation>Save a &amp;copy / Backup…</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Import workbook…</translation>
    </message>
    <message>
        <source>&amp;Export plan workbook…</source>
        <translation>&amp;Export plan workbook…</translation>
    </message>
    <message>
        <source>&amp;Write back to workbook…</source>
        <translation>&amp;Write back to workbook…</translation>
    </message>
    <message>
        <source>Add the deals and activities logged here to the workbook they were imported from</source>
        <translation>Add the deals and activities logged here to the workbook they were imported from</translation>
    </message>
    <message>
        <source>Write back</source>
        <translation>Write back</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Import &amp;history…</translation>
    </message>
    <message>
        <source>Every import of this plan; take one back</source>
        <translation>Every import of this plan; take one back</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>New &amp;goal…</source>
        <translation>New &amp;goal…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;About SalesPlanner</source>
        <translation>&amp;About SalesPlanner</translation>
    </message>
    <message>
        <source>Weekly &amp;report…</source>
        <translation>Weekly &amp;report…</translation>
    </message>
    <message>
        <source>The week's report to copy into WeChat or e-mail, or to save as a PDF</source>
        <translation>The week's report to copy into WeChat or e-mail, or to save as a PDF</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <source>Share a snapshot with your team; a manager's view of the team folder</source>
        <translation>Share a snapshot with your team; a manager's view of the team folder</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Import is not available in this build.</source>
        <translation>Import is not available in this build.</translation>
    </message>
    <message>
        <source>Published your snapshot to {folder}.</source>
        <translation>Published your snapshot to {folder}.</translation>
    </message>
    <message>
        <source>Export plan workbook</source>
        <translation>Export plan workbook</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Exported to {path}; the week plan is the week of {date}.</source>
        <translation>Exported to {path}; the week plan is the week of {date}.</translation>
    </message>
    <message>
        <source>New plan file</source>
        <translation>New plan file</translation>
    </message>
    <message>
        <source>SalesPlanner plan (*.db)</source>
        <translation>SalesPlanner plan (*.db)</translation>
    </message>
    <message>
        <source>{path} already exists; choose Open to use it.</source>
        <translation>{path} already exists; choose Open to use it.</translation>
    </message>
    <message>
        <source>Open plan file</source>
        <translation>Open plan file</translation>
    </message>
    <message>
        <source>SalesPlanner plan (*.db);;All files (*)</source>
        <translation>SalesPlanner plan (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation>Copy saved to {path}</translation>
    </message>
    <message>
        <source>About SalesPlanner</source>
        <translation>About SalesPlanner</translation>
    </message>
    <message>
        <source>&lt;b&gt;SalesPlanner {version}&lt;/b&gt;&lt;p&gt;Set a sales target, turn it into a weekly plan, track what happens and correct course — offline.&lt;/p&gt;</source>
        <translation>&lt;b&gt;SalesPlanner {version}&lt;/b&gt;&lt;p&gt;Set a sales target, turn it into a weekly plan, track what happens and correct course — offline.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (read-only)</translation>
    </message>
    <message>
        <source>Read-only: {path}</source>
        <translation>Read-only: {path}</translation>
    </message>
    <message>
        <source>This plan file or its folder cannot be written to: you can look at it and export it, but not change it. Copy it to a folder you can write to, then open the copy.</source>
        <translation>This plan file or its folder cannot be written to: you can look at it and export it, but not change it. Copy it to a folder you can write to, then open the copy.</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(in memory)</translation>
    </message>
    <message>
        <source>Waiting: another program is writing to the plan file…</source>
        <translation>Waiting: another program is writing to the plan file…</translation>
    </message>
</context>
<context>
    <name>MergeProposalsDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Merge into it</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Not the same company</source>
        <translation>Not the same company</translation>
    </message>
    <message>
        <source>Do not propose these two again</source>
        <translation>Do not propose these two again</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) may be another one under a second name (a legal form like 有限公司, spaces or full-width letters). Merging moves all their records.</source>
        <translation>
            <numerusform>%n customer may be another one under a second name (a legal form like 有限公司, spaces or full-width letters). Merging moves all their records.</numerusform>
            <numerusform>%n customers may be another one under a second name (a legal form like 有限公司, spaces or full-width letters). Merging moves all their records.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer looks like another one.</source>
        <translation>No customer looks like another one.</translation>
    </message>
    <message>
        <source>Records moved from {other} to {keep}: {count}.</source>
        <translation>Records moved from {other} to {keep}: {count}.</translation>
    </message>
    <message>
        <source>{other} is not {keep}</source>
        <translation>{other} is not {keep}</translation>
    </message>
    <message>
        <source>{other} and {keep} are kept apart and not proposed again.</source>
        <translation>{other} and {keep} are kept apart and not proposed again.</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>{n} d here</source>
        <translation>{n} d here</translation>
    </message>
    <message>
        <source>no next step</source>
        <translation>no next step</translation>
    </message>
</context>
<context>
    <name>PipelinePane</name>
    <message>
        <source>New deal…</source>
        <translation>New deal…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Won…</source>
        <translation>Won…</translation>
    </message>
    <message>
        <source>Lost…</source>
        <translation>Lost…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>Stages…</translation>
    </message>
    <message>
        <source>Customer card</source>
        <translation>Customer card</translation>
    </message>
    <message>
        <source>Open the card of the selected deal's customer</source>
        <translation>Open the card of the selected deal's customer</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Filter by customer or deal…</source>
        <translation>Filter by customer or deal…</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Closing this month</translation>
    </message>
    <message>
        <source>Close date passed</source>
        <translation>Close date passed</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>No next step</translation>
    </message>
    <message>
        <source>No activity for</source>
        <translation>No activity for</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <source>Won and lost too</source>
        <translation>Won and lost too</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) · {sum}</source>
        <translation>
            <numerusform>%n deal · {sum}</numerusform>
            <numerusform>%n deals · {sum}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open: %n deal(s) · {sum} · weighted {weighted}</source>
        <translation>
            <numerusform>Open: %n deal · {sum} · weighted {weighted}</numerusform>
            <numerusform>Open: %n deals · {sum} · weighted {weighted}</numerusform>
        </translation>
    </message>
    <message>
        <source>weighted {sum}</source>
        <translation>weighted {sum}</translation>
    </message>
    <message>
        <source>this month: {n} · {sum}</source>
        <translation>this month: {n} · {sum}</translation>
    </message>
    <message>
        <source>drop a deal here</source>
        <translation>drop a deal here</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
</context>
<context>
    <name>ProgressPane</name>
    <message>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Whole goal</source>
        <translation>Whole goal</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>as of</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Save chart…</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Expected to date</source>
        <translation>Expected to date</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Forecast from the pipeline</source>
        <translation>Forecast from the pipeline</translation>
    </message>
    <message>
        <source>What holds the goal back</source>
        <translation>What holds the goal back</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Catch-up plan</source>
        <translation>Catch-up plan</translation>
    </message>
    <message>
        <source>Options for next week</source>
        <translation>Options for next week</translation>
    </message>
    <message>
        <source>Apply to next week</source>
        <translation>Apply to next week</translation>
    </message>
    <message>
        <source>Target review</source>
        <translation>Target review</translation>
    </message>
    <message>
        <source>Revise target…</source>
        <translation>Revise target…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Weekly review</translation>
    </message>
    <message>
        <source>Cumulative sales</source>
        <translation>Cumulative sales</translation>
    </message>
    <message>
        <source>Weekly bars</source>
        <translation>Weekly bars</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Stretch</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>{odds}.</source>
        <translation>{odds}.</translation>
    </message>
    <message>
        <source>No open deals and no closed ones yet: the forecast is what was won. Add the deals you are chasing in the Pipeline pane.</source>
        <translation>No open deals and no closed ones yet: the forecast is what was won. Add the deals you are chasing in the Pipeline pane.</translation>
    </message>
    <message>
        <source>To catch up:</source>
        <translation>To catch up:</translation>
    </message>
    <message>
        <source>No goal yet: set a goal to see progress against it.</source>
        <translation>No goal yet: set a goal to see progress against it.</translation>
    </message>
    <message>
        <source>The goal's first week</source>
        <translation>The goal's first week</translation>
    </message>
    <message>
        <source>The goal's first month</source>
        <translation>The goal's first month</translation>
    </message>
    <message>
        <source>{low} – {high}</source>
        <translation>{low} – {high}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{period}&lt;/b&gt; ({start} – {end}): &lt;b&gt;{actual}&lt;/b&gt; of {target} · expected to date {expected} · forecast {forecast} · {left} working days left</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt; ({start} – {end}): &lt;b&gt;{actual}&lt;/b&gt; of {target} · expected to date {expected} · forecast {forecast} · {left} working days left</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Behind</translation>
    </message>
    <message>
        <source>Well behind</source>
        <translation>Well behind</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>No target</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>Not logged</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>Week of {date}</translation>
    </message>
    <message>
        <source>The goal “{goal}” starts on {date}: there is nothing to diagnose before then. Plan its first week in the Week pane.</source>
        <translation>The goal “{goal}” starts on {date}: there is nothing to diagnose before then. Plan its first week in the Week pane.</translation>
    </message>
    <message>
        <source>Plan for the rest of the period</source>
        <translation>Plan for the rest of the period</translation>
    </message>
    <message>
        <source>Latest forecast off by {pct}.</source>
        <translation>Latest forecast off by {pct}.</translation>
    </message>
    <message numerus="yes">
        <source>The forecast has not stayed more than {pct} off the target for %n week(s): keep the target.</source>
        <translation>
            <numerusform>The forecast has not stayed more than {pct} off the target for %n week: keep the target.</numerusform>
            <numerusform>The forecast has not stayed more than {pct} off the target for %n weeks: keep the target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) added and {moved} changed, {first} – {last}.</source>
        <translation>
            <numerusform>%n block added and {moved} changed, {first} – {last}.</numerusform>
            <numerusform>%n blocks added and {moved} changed, {first} – {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add catch-up visits to next week</source>
        <translation>Add catch-up visits to next week</translation>
    </message>
    <message>
        <source>Add catch-up phone visits to next week</source>
        <translation>Add catch-up phone visits to next week</translation>
    </message>
    <message>
        <source>Move blocks to customer development</source>
        <translation>Move blocks to customer development</translation>
    </message>
    <message>
        <source>Nothing fits next week: no block was added or changed.</source>
        <translation>Nothing fits next week: no block was added or changed.</translation>
    </message>
    <message>
        <source>Revise the target</source>
        <translation>Revise the target</translation>
    </message>
</context>
<context>
    <name>QuickEntryBar</name>
    <message>
        <source>Log what you did (Ctrl+L): visit 华星科技 · contract 3.5万 华星科技 · phone 3</source>
        <translation>Log what you did (Ctrl+L): visit 华星科技 · contract 3.5万 华星科技 · phone 3</translation>
    </message>
    <message>
        <source>Type what you did and press Enter, e.g. “visit 华星科技”, “phone 3”, “contract 3.5万 华星科技”, “跟进 华星科技”, “签约 3.5万 华星科技”, “yesterday visit 华星科技: demo booked”. Ctrl+Z undoes it.</source>
        <translation>Type what you did and press Enter, e.g. “visit 华星科技”, “phone 3”, “contract 3.5万 华星科技”, “跟进 华星科技”, “签约 3.5万 华星科技”, “yesterday visit 华星科技: demo booked”. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>“{name}” is not a customer yet: Enter makes a new one</source>
        <translation>“{name}” is not a customer yet: Enter makes a new one</translation>
    </message>
    <message>
        <source>“{name}” matches {n} customers: Enter asks which</source>
        <translation>“{name}” matches {n} customers: Enter asks which</translation>
    </message>
    <message>
        <source>next follow-up {date}</source>
        <translation>next follow-up {date}</translation>
    </message>
    <message>
        <source>Is “{name}” the customer’s name? It is not a count (a count is a whole number from 1). Press Enter again to log it with that name, or change the line.</source>
        <translation>Is “{name}” the customer’s name? It is not a count (a count is a whole number from 1). Press Enter again to log it with that name, or change the line.</translation>
    </message>
    <message>
        <source>“{name}” matches several customers. Which one?</source>
        <translation>“{name}” matches several customers. Which one?</translation>
    </message>
    <message>
        <source>“{name}” is not a customer yet. Make a new one, or pick an existing one:</source>
        <translation>“{name}” is not a customer yet. Make a new one, or pick an existing one:</translation>
    </message>
    <message>
        <source>Log “{text}”</source>
        <translation>Log “{text}”</translation>
    </message>
    <message>
        <source>Logged {count} × {activity}</source>
        <translation>Logged {count} × {activity}</translation>
    </message>
    <message>
        <source>(new customer)</source>
        <translation>(new customer)</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>New deal · {customer} · {amount} · {stage}</source>
        <translation>New deal · {customer} · {amount} · {stage}</translation>
    </message>
    <message>
        <source>Deal moved · {customer} · {stage}</source>
        <translation>Deal moved · {customer} · {stage}</translation>
    </message>
    <message>
        <source>Deal won · {customer} · {amount}</source>
        <translation>Deal won · {customer} · {amount}</translation>
    </message>
    <message>
        <source>Deal lost · {customer}</source>
        <translation>Deal lost · {customer}</translation>
    </message>
    <message>
        <source>Log an activity…</source>
        <translation>Log an activity…</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Greeting…</source>
        <translation>Greeting…</translation>
    </message>
    <message>
        <source>Write the greeting from a template, copy it, and log it as sent</source>
        <translation>Write the greeting from a template, copy it, and log it as sent</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation>For an hour</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Until tomorrow</translation>
    </message>
    <message>
        <source>Until next week</source>
        <translation>Until next week</translation>
    </message>
    <message>
        <source>Reminders ({count})</source>
        <translation>Reminders ({count})</translation>
    </message>
    <message>
        <source>Nothing due. Well done.</source>
        <translation>Nothing due. Well done.</translation>
    </message>
</context>
<context>
    <name>ReviseTargetDialog</name>
    <message>
        <source>Revise the target</source>
        <translation>Revise the target</translation>
    </message>
    <message>
        <source>The current target and every earlier version are kept.</source>
        <translation>The current target and every earlier version are kept.</translation>
    </message>
    <message>
        <source>Current target</source>
        <translation>Current target</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>New target</translation>
    </message>
    <message>
        <source>e.g. a key customer postponed its budget</source>
        <translation>e.g. a key customer postponed its budget</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>Working time</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Days off</translation>
    </message>
    <message>
        <source>Greetings</source>
        <translation>Greetings</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Data file</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>A new language applies the next time you start SalesPlanner.</source>
        <translation>A new language applies the next time you start SalesPlanner.</translation>
    </message>
    <message>
        <source>10k yuan (万元)</source>
        <translation>10k yuan (万元)</translation>
    </message>
    <message>
        <source>Yuan (元)</source>
        <translation>Yuan (元)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Show amounts in:</source>
        <translation>Show amounts in:</translation>
    </message>
    <message>
        <source>Week starts on:</source>
        <translation>Week starts on:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days without activity</source>
        <translation> days without activity</translation>
    </message>
    <message>
        <source>{abc}: every </source>
        <translation>{abc}: every </translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Working hours:</translation>
    </message>
    <message>
        <source>Free buffer per day:</source>
        <translation>Free buffer per day:</translation>
    </message>
    <message>
        <source>Time for learning:</source>
        <translation>Time for learning:</translation>
    </message>
    <message>
        <source>Follow-ups per day:</source>
        <translation>Follow-ups per day:</translation>
    </message>
    <message>
        <source>A deal is stale after:</source>
        <translation>A deal is stale after:</translation>
    </message>
    <message>
        <source>Follow up customers:</source>
        <translation>Follow up customers:</translation>
    </message>
    <message>
        <source>Days not worked each week:</source>
        <translation>Days not worked each week:</translation>
    </message>
    <message>
        <source>Public holidays of:</source>
        <translation>Public holidays of:</translation>
    </message>
    <message>
        <source>Your own days off (leave, trips) and public holidays not yet published: the plan puts no work on them. Make-up working days (调休上班) count as working days.</source>
        <translation>Your own days off (leave, trips) and public holidays not yet published: the plan puts no work on them. Make-up working days (调休上班) count as working days.</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Add day off</source>
        <translation>Add day off</translation>
    </message>
    <message>
        <source>Add make-up working day</source>
        <translation>Add make-up working day</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Import holiday calendar (.ics)…</source>
        <translation>Import holiday calendar (.ics)…</translation>
    </message>
    <message>
        <source>Each event of the calendar becomes a day off (holiday); an event whose title says 班 (补班, 上班) or “working day” becomes a make-up working day.</source>
        <translation>Each event of the calendar becomes a day off (holiday); an event whose title says 班 (补班, 上班) or “working day” becomes a make-up working day.</translation>
    </message>
    <message>
        <source>Birthdays and coming holidays remind you to send a greeting. Write a few texts, one a line: {name} is the person greeted, {holiday} the holiday. Empty: the built-in texts in your language.</source>
        <translation>Birthdays and coming holidays remind you to send a greeting. Write a few texts, one a line: {name} is the person greeted, {holiday} the holiday. Empty: the built-in texts in your language.</translation>
    </message>
    <message>
        <source>Birthday greetings:</source>
        <translation>Birthday greetings:</translation>
    </message>
    <message>
        <source>Holiday greetings:</source>
        <translation>Holiday greetings:</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Open backups folder</translation>
    </message>
    <message>
        <source>Once a day, when a plan file is opened, a copy goes into the backups folder; older copies beyond this number are deleted.</source>
        <translation>Once a day, when a plan file is opened, a copy goes into the backups folder; older copies beyond this number are deleted.</translation>
    </message>
    <message>
        <source>Plan file:</source>
        <translation>Plan file:</translation>
    </message>
    <message>
        <source>Automatic backups to keep:</source>
        <translation>Automatic backups to keep:</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>(in memory, not saved)</source>
        <translation>(in memory, not saved)</translation>
    </message>
    <message>
        <source>Import holiday calendar</source>
        <translation>Import holiday calendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar files (*.ics);;All files (*)</translation>
    </message>
    <message>
        <source>{name} is not a holiday calendar (.ics) that can be read.</source>
        <translation>{name} is not a holiday calendar (.ics) that can be read.</translation>
    </message>
    <message>
        <source>{off} days off and {work} make-up working days from {name}.</source>
        <translation>{off} days off and {work} make-up working days from {name}.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) left out (no date, or longer than a month).</source>
        <translation>
            <numerusform>%n event left out (no date, or longer than a month).</numerusform>
            <numerusform>%n events left out (no date, or longer than a month).</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the plan file to</source>
        <translation>Move the plan file to</translation>
    </message>
    <message>
        <source>SalesPlanner plan (*.db)</source>
        <translation>SalesPlanner plan (*.db)</translation>
    </message>
    <message>
        <source>The plan file is now at {path}.</source>
        <translation>The plan file is now at {path}.</translation>
    </message>
    <message>
        <source>The old file could not be removed: {path}</source>
        <translation>The old file could not be removed: {path}</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <source>Mainland China</source>
        <translation>Mainland China</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>South Korea</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>United States</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>United Kingdom</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germany</translation>
    </message>
    <message>
        <source>No public holidays</source>
        <translation>No public holidays</translation>
    </message>
    <message>
        <source>The new language applies the next time you start SalesPlanner.</source>
        <translation>The new language applies the next time you start SalesPlanner.</translation>
    </message>
</context>
<context>
    <name>SmartPage</name>
    <message>
        <source>4. SMART check</source>
        <translation>4. SMART check</translation>
    </message>
    <message>
        <source>Write the goal down. Each criterion turns green when it is met.</source>
        <translation>Write the goal down. Each criterion turns green when it is met.</translation>
    </message>
    <message>
        <source>e.g. This quarter, 980,000 yuan of software sales</source>
        <translation>e.g. This quarter, 980,000 yuan of software sales</translation>
    </message>
    <message>
        <source>product line, segment or channel, e.g. the new version</source>
        <translation>product line, segment or channel, e.g. the new version</translation>
    </message>
    <message>
        <source>e.g. the company is pushing the new version this year</source>
        <translation>e.g. the company is pushing the new version this year</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Goal statement:</source>
        <translation>Goal statement:</translation>
    </message>
    <message>
        <source>Focus:</source>
        <translation>Focus:</translation>
    </message>
    <message>
        <source>Serves company focus:</source>
        <translation>Serves company focus:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Goal wizard</source>
        <translation>Goal wizard</translation>
    </message>
    <message>
        <source>The deadline is before the start.</source>
        <translation>The deadline is before the start.</translation>
    </message>
</context>
<context>
    <name>StagesDialog</name>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>Add a stage</translation>
    </message>
    <message>
        <source>Name of the new stage</source>
        <translation>Name of the new stage</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Give the new stage a name.</source>
        <translation>Give the new stage a name.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>7. Summary</source>
        <translation>7. Summary</translation>
    </message>
    <message>
        <source>Check the plan and save it. You can reopen and edit it later; earlier versions are kept.</source>
        <translation>Check the plan and save it. You can reopen and edit it later; earlier versions are kept.</translation>
    </message>
    <message>
        <source>Key result areas (one a line)</source>
        <translation>Key result areas (one a line)</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Risks and fallbacks</source>
        <translation>Risks and fallbacks</translation>
    </message>
    <message>
        <source>Why the change (kept with the earlier version):</source>
        <translation>Why the change (kept with the earlier version):</translation>
    </message>
    <message>
        <source>Customer development</source>
        <translation>Customer development</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Contract negotiation</source>
        <translation>Contract negotiation</translation>
    </message>
    <message>
        <source>CRM for customer data</source>
        <translation>CRM for customer data</translation>
    </message>
    <message>
        <source>20% of time for learning</source>
        <translation>20% of time for learning</translation>
    </message>
    <message>
        <source>Visits fall short → more phone visits</source>
        <translation>Visits fall short → more phone visits</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Activities in total</source>
        <translation>Activities in total</translation>
    </message>
</context>
<context>
    <name>TargetChart</name>
    <message>
        <source>{start} – {end}: {amount}</source>
        <translation>{start} – {end}: {amount}</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Share with my team</source>
        <translation>Share with my team</translation>
    </message>
    <message>
        <source>Team view (manager)</source>
        <translation>Team view (manager)</translation>
    </message>
    <message>
        <source>Your name as the team sees it</source>
        <translation>Your name as the team sees it</translation>
    </message>
    <message>
        <source>A synced folder, or a WebDAV address such as https://dav.jianguoyun.com/dav/team</source>
        <translation>A synced folder, or a WebDAV address such as https://dav.jianguoyun.com/dav/team</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Not stored; asked again next time</source>
        <translation>Not stored; asked again next time</translation>
    </message>
    <message>
        <source>Numbers only</source>
        <translation>Numbers only</translation>
    </message>
    <message>
        <source>Numbers and my top customers' names</source>
        <translation>Numbers and my top customers' names</translation>
    </message>
    <message>
        <source>Publish after each weekly review</source>
        <translation>Publish after each weekly review</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Team folder</translation>
    </message>
    <message>
        <source>WebDAV user</source>
        <translation>WebDAV user</translation>
    </message>
    <message>
        <source>WebDAV password</source>
        <translation>WebDAV password</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>Contacts' phone numbers, WeChat and e-mail are never shared. The snapshot holds your targets and results, activity counts and your last weekly review.</source>
        <translation>Contacts' phone numbers, WeChat and e-mail are never shared. The snapshot holds your targets and results, activity counts and your last weekly review.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Publish now</translation>
    </message>
    <message>
        <source>Check for a quota</source>
        <translation>Check for a quota</translation>
    </message>
    <message>
        <source>Make it my goal…</source>
        <translation>Make it my goal…</translation>
    </message>
    <message>
        <source>Opens the goal wizard with the quota's dates and amount; nothing is saved until you finish it.</source>
        <translation>Opens the goal wizard with the quota's dates and amount; nothing is saved until you finish it.</translation>
    </message>
    <message>
        <source>A snapshot is waiting to be published to {folder}.</source>
        <translation>A snapshot is waiting to be published to {folder}.</translation>
    </message>
    <message>
        <source>Team settings</source>
        <translation>Team settings</translation>
    </message>
    <message>
        <source>Team settings saved.</source>
        <translation>Team settings saved.</translation>
    </message>
    <message>
        <source>Publish to the team</source>
        <translation>Publish to the team</translation>
    </message>
    <message>
        <source>Publishing your snapshot…</source>
        <translation>Publishing your snapshot…</translation>
    </message>
    <message>
        <source>Published {file} to {folder}.</source>
        <translation>Published {file} to {folder}.</translation>
    </message>
    <message>
        <source>Reading the team folder…</source>
        <translation>Reading the team folder…</translation>
    </message>
    <message>
        <source>No quota has been published for you.</source>
        <translation>No quota has been published for you.</translation>
    </message>
    <message>
        <source>{manager} proposes a quota of {amount} for {start} – {end}. It is a proposal: your own goal is not changed; “Make it my goal…” starts a goal from it.</source>
        <translation>{manager} proposes a quota of {amount} for {start} – {end}. It is a proposal: your own goal is not changed; “Make it my goal…” starts a goal from it.</translation>
    </message>
    <message>
        <source>Your manager</source>
        <translation>Your manager</translation>
    </message>
    <message>
        <source>Your own goal for these dates: {amount}.</source>
        <translation>Your own goal for these dates: {amount}.</translation>
    </message>
    <message>
        <source>Quota from {manager}, published {date}</source>
        <translation>Quota from {manager}, published {date}</translation>
    </message>
    <message>
        <source>your manager</source>
        <translation>your manager</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Whole goal</source>
        <translation>Whole goal</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Help needed</source>
        <translation>Help needed</translation>
    </message>
    <message>
        <source>Split a team target into quotas</source>
        <translation>Split a team target into quotas</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s): won {won} of {target} ({share}); forecast {forecast}; open pipeline {pipeline}.</source>
        <translation>
            <numerusform>%n rep: won {won} of {target} ({share}); forecast {forecast}; open pipeline {pipeline}.</numerusform>
            <numerusform>%n reps: won {won} of {target} ({share}); forecast {forecast}; open pipeline {pipeline}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reps reporting another period: {n} (in grey, not added in).</source>
        <translation>Reps reporting another period: {n} (in grey, not added in).</translation>
    </message>
    <message>
        <source>By history</source>
        <translation>By history</translation>
    </message>
    <message>
        <source>Evenly</source>
        <translation>Evenly</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>By hand</translation>
    </message>
    <message>
        <source>Type a rep's quota in the Quota column; reps left empty share the rest by history.</source>
        <translation>Type a rep's quota in the Quota column; reps left empty share the rest by history.</translation>
    </message>
    <message>
        <source>Split and publish</source>
        <translation>Split and publish</translation>
    </message>
    <message>
        <source>Team target</source>
        <translation>Team target</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Team period {start} – {end}.</source>
        <translation>Team period {start} – {end}.</translation>
    </message>
    <message>
        <source>Team activities this month: {list}</source>
        <translation>Team activities this month: {list}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (stale)</translation>
    </message>
    <message>
        <source> ({start} – {end}, not added in)</source>
        <translation> ({start} – {end}, not added in)</translation>
    </message>
    <message>
        <source>Cannot read: {reason}</source>
        <translation>Cannot read: {reason}</translation>
    </message>
    <message>
        <source>Open the team folder first, then type the quotas in the Quota column.</source>
        <translation>Open the team folder first, then type the quotas in the Quota column.</translation>
    </message>
    <message>
        <source>Quota of {rep}: “{text}” is not an amount.</source>
        <translation>Quota of {rep}: “{text}” is not an amount.</translation>
    </message>
    <message>
        <source>The quota period ends before it starts.</source>
        <translation>The quota period ends before it starts.</translation>
    </message>
    <message>
        <source>Publishing the quotas…</source>
        <translation>Publishing the quotas…</translation>
    </message>
    <message>
        <source>Quotas published: {total} over {n} reps.</source>
        <translation>Quotas published: {total} over {n} reps.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>… and {n} more</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>SalesPlanner reminders</source>
        <translation>SalesPlanner reminders</translation>
    </message>
</context>
<context>
    <name>WeekPane</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Previous week (Page Up)</source>
        <translation>Previous week (Page Up)</translation>
    </message>
    <message>
        <source>Next week (Page Down)</source>
        <translation>Next week (Page Down)</translation>
    </message>
    <message>
        <source>Jump to a date</source>
        <translation>Jump to a date</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Export .ics…</translation>
    </message>
    <message>
        <source>Save the week's plan for a phone or Outlook calendar</source>
        <translation>Save the week's plan for a phone or Outlook calendar</translation>
    </message>
    <message>
        <source>Fold weekend</source>
        <translation>Fold weekend</translation>
    </message>
    <message>
        <source>Drag to plan · double-click to edit · Space marks done · Ctrl+L logs anything</source>
        <translation>Drag to plan · double-click to edit · Space marks done · Ctrl+L logs anything</translation>
    </message>
    <message>
        <source>No plan for this week yet. Drag on the calendar to add a block, or choose Templates → Apply the method's weekly template.</source>
        <translation>No plan for this week yet. Drag on the calendar to add a block, or choose Templates → Apply the method's weekly template.</translation>
    </message>
    <message>
        <source>Week {week} · {start} – {end}, {year}</source>
        <translation>Week {week} · {start} – {end}, {year}</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Resize time block</source>
        <translation>Resize time block</translation>
    </message>
    <message>
        <source>Move time block</source>
        <translation>Move time block</translation>
    </message>
    <message>
        <source>Edit time block</source>
        <translation>Edit time block</translation>
    </message>
    <message>
        <source>Copied {activity}; Ctrl+V pastes it at the cursor.</source>
        <translation>Copied {activity}; Ctrl+V pastes it at the cursor.</translation>
    </message>
    <message>
        <source>Paste time block</source>
        <translation>Paste time block</translation>
    </message>
    <message>
        <source>Mark block done</source>
        <translation>Mark block done</translation>
    </message>
    <message>
        <source>Logged {count} × {activity}.</source>
        <translation>Logged {count} × {activity}.</translation>
    </message>
    <message>
        <source>Next follow-up with {customer}: {date}.</source>
        <translation>Next follow-up with {customer}: {date}.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Mark done…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Open customer card</source>
        <translation>Open customer card</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>New block here…</source>
        <translation>New block here…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Planned {start} on {date} for {customer}.</source>
        <translation>Planned {start} on {date} for {customer}.</translation>
    </message>
    <message>
        <source>Apply the method's weekly template</source>
        <translation>Apply the method's weekly template</translation>
    </message>
    <message>
        <source>Apply my template</source>
        <translation>Apply my template</translation>
    </message>
    <message>
        <source>Copy last week</source>
        <translation>Copy last week</translation>
    </message>
    <message>
        <source>Save this week as a template…</source>
        <translation>Save this week as a template…</translation>
    </message>
    <message>
        <source>Apply week template</source>
        <translation>Apply week template</translation>
    </message>
    <message numerus="yes">
        <source>Added %n block(s) from the template (past days, holidays and planned slots skipped).</source>
        <translation>
            <numerusform>Added %n block from the template (past days, holidays and planned slots skipped).</numerusform>
            <numerusform>Added %n blocks from the template (past days, holidays and planned slots skipped).</numerusform>
        </translation>
    </message>
    <message>
        <source>Does not fit in the template's hours: {items}.</source>
        <translation>Does not fit in the template's hours: {items}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Learning is {minutes} min short of its share of the week: no free hours left.</source>
        <translation>Learning is {minutes} min short of its share of the week: no free hours left.</translation>
    </message>
    <message>
        <source>Copied {n} blocks from last week.</source>
        <translation>Copied {n} blocks from last week.</translation>
    </message>
    <message>
        <source>Saved the week as template “{name}”.</source>
        <translation>Saved the week as template “{name}”.</translation>
    </message>
    <message>
        <source>Export week to calendar</source>
        <translation>Export week to calendar</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar file (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Saved {n} events to {path}</source>
        <translation>Saved {n} events to {path}</translation>
    </message>
    <message>
        <source>Reminder done</source>
        <translation>Reminder done</translation>
    </message>
    <message>
        <source>Greeting sent</source>
        <translation>Greeting sent</translation>
    </message>
    <message>
        <source>Greeting to {customer} logged.</source>
        <translation>Greeting to {customer} logged.</translation>
    </message>
    <message>
        <source>Greeting logged.</source>
        <translation>Greeting logged.</translation>
    </message>
    <message>
        <source>Snooze reminder</source>
        <translation>Snooze reminder</translation>
    </message>
</context>
<context>
    <name>WeeklyReportDialog</name>
    <message>
        <source>Weekly report</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Week of</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>The report text is on the clipboard.</source>
        <translation>The report text is on the clipboard.</translation>
    </message>
    <message>
        <source>Weekly report {year}-W{week:02d}.pdf</source>
        <translation>Weekly report {year}-W{week:02d}.pdf</translation>
    </message>
    <message>
        <source>Save the weekly report</source>
        <translation>Save the weekly report</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>Could not save {file}: {reason}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Saved {file}.</translation>
    </message>
</context>
<context>
    <name>WeeklyReviewPanel</name>
    <message>
        <source>Week of</source>
        <translation>Week of</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>What worked</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Adjustments for next week</source>
        <translation>Adjustments for next week</translation>
    </message>
    <message>
        <source>Help to ask the team for</source>
        <translation>Help to ask the team for</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Save review</translation>
    </message>
    <message>
        <source>Past reviews</source>
        <translation>Past reviews</translation>
    </message>
    <message>
        <source>Sales {actual} of {target}</source>
        <translation>Sales {actual} of {target}</translation>
    </message>
    <message>
        <source>Sales {actual}</source>
        <translation>Sales {actual}</translation>
    </message>
    <message>
        <source>Week of {date}: {text}</source>
        <translation>Week of {date}: {text}</translation>
    </message>
    <message>
        <source>Save the review of the week of {date}</source>
        <translation>Save the review of the week of {date}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to SalesPlanner</source>
        <translation>Welcome to SalesPlanner</translation>
    </message>
    <message>
        <source>Set a sales target you can believe in, turn it into a plan for every week, record what you do and see early when you fall behind. Everything stays on this computer, in one plan file.</source>
        <translation>Set a sales target you can believe in, turn it into a plan for every week, record what you do and see early when you fall behind. Everything stays on this computer, in one plan file.</translation>
    </message>
    <message>
        <source>Set my goal</source>
        <translation>Set my goal</translation>
    </message>
    <message>
        <source>The wizard turns last year's sales into a target and a weekly plan.</source>
        <translation>The wizard turns last year's sales into a target and a weekly plan.</translation>
    </message>
    <message>
        <source>Import my workbook…</source>
        <translation>Import my workbook…</translation>
    </message>
    <message>
        <source>Bring in the sales, customer or activity sheets you already keep.</source>
        <translation>Bring in the sales, customer or activity sheets you already keep.</translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation>Explore with demo data</translation>
    </message>
    <message>
        <source>Look around in an example plan first; your own file stays empty.</source>
        <translation>Look around in an example plan first; your own file stays empty.</translation>
    </message>
    <message>
        <source>Start with an empty plan</source>
        <translation>Start with an empty plan</translation>
    </message>
</context>
<context>
    <name>WinDialog</name>
    <message>
        <source>Won: {deal}</source>
        <translation>Won: {deal}</translation>
    </message>
    <message>
        <source>Final amount</source>
        <translation>Final amount</translation>
    </message>
    <message>
        <source>Won on</source>
        <translation>Won on</translation>
    </message>
    <message>
        <source>Type the final amount, e.g. 11.5万.</source>
        <translation>Type the final amount, e.g. 11.5万.</translation>
    </message>
</context>
<context>
    <name>WriteBackDialog</name>
    <message>
        <source>Write back to workbook</source>
        <translation>Write back to workbook</translation>
    </message>
    <message>
        <source>SalesPlanner first makes a backup copy of the workbook, then adds the deals or activities you logged since the import as new rows in the sheet's own columns, above its total row if it has one.</source>
        <translation>SalesPlanner first makes a backup copy of the workbook, then adds the deals or activities you logged since the import as new rows in the sheet's own columns, above its total row if it has one.</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Workbook</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Holds</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Last written back</source>
        <translation>Last written back</translation>
    </message>
    <message>
        <source>New to add</source>
        <translation>New to add</translation>
    </message>
    <message>
        <source>There is no workbook to write back to yet. Write-back adds rows to an .xlsx or .xlsm workbook you imported sales records or an activity log from (File → Import workbook…), as long as it is still where you imported it from.</source>
        <translation>There is no workbook to write back to yet. Write-back adds rows to an .xlsx or .xlsm workbook you imported sales records or an activity log from (File → Import workbook…), as long as it is still where you imported it from.</translation>
    </message>
    <message>
        <source>Write back</source>
        <translation>Write back</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Workbook:</source>
        <translation>Workbook:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>New rows:</source>
        <translation>New rows:</translation>
    </message>
    <message>
        <source>Backup copy:</source>
        <translation>Backup copy:</translation>
    </message>
    <message>
        <source>New deals to add: {n} (logged in SalesPlanner since {when}).</source>
        <translation>New deals to add: {n} (logged in SalesPlanner since {when}).</translation>
    </message>
    <message>
        <source>New activities to add: {n} (logged in SalesPlanner since {when}).</source>
        <translation>New activities to add: {n} (logged in SalesPlanner since {when}).</translation>
    </message>
    <message>
        <source>Nothing to add: no deals were logged in SalesPlanner since {when}.</source>
        <translation>Nothing to add: no deals were logged in SalesPlanner since {when}.</translation>
    </message>
    <message>
        <source>Nothing to add: no activities were logged in SalesPlanner since {when}.</source>
        <translation>Nothing to add: no activities were logged in SalesPlanner since {when}.</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Checking {file}…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Opening {file} for writing…</source>
        <translation>Opening {file} for writing…</translation>
    </message>
    <message>
        <source>Adding the new rows…</source>
        <translation>Adding the new rows…</translation>
    </message>
    <message>
        <source>Saving the new version of {file}…</source>
        <translation>Saving the new version of {file}…</translation>
    </message>
    <message>
        <source>Making the backup copy and replacing {file}; this cannot be cancelled any more…</source>
        <translation>Making the backup copy and replacing {file}; this cannot be cancelled any more…</translation>
    </message>
    <message>
        <source>Nothing was written: there was nothing new to add.</source>
        <translation>Nothing was written: there was nothing new to add.</translation>
    </message>
    <message>
        <source>Written back to {file}.</source>
        <translation>Written back to {file}.</translation>
    </message>
    <message>
        <source>{n} (rows {first}–{last})</source>
        <translation>{n} (rows {first}–{last})</translation>
    </message>
    <message>
        <source>Cancel came too late: the workbook had already been replaced.</source>
        <translation>Cancel came too late: the workbook had already been replaced.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>This installation has no {0} translation, so SalesPlanner is shown in English. Reinstall it to get the {0} texts back.</source>
        <translation>This installation has no {0} translation, so SalesPlanner is shown in English. Reinstall it to get the {0} texts back.</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>no records</source>
        <translation>no records</translation>
    </message>
    <message>
        <source>Removing this import deletes {what}.</source>
        <translation>Removing this import deletes {what}.</translation>
    </message>
    <message>
        <source>sales: {n}</source>
        <translation>sales: {n}</translation>
    </message>
    <message>
        <source>activities: {n}</source>
        <translation>activities: {n}</translation>
    </message>
    <message>
        <source>customers: {n}</source>
        <translation>customers: {n}</translation>
    </message>
    <message>
        <source>contacts: {n}</source>
        <translation>contacts: {n}</translation>
    </message>
    <message>
        <source>opportunities: {n}</source>
        <translation>opportunities: {n}</translation>
    </message>
    <message>
        <source>stage changes: {n}</source>
        <translation>stage changes: {n}</translation>
    </message>
    <message>
        <source>deals put back as they were: {n}</source>
        <translation>deals put back as they were: {n}</translation>
    </message>
    <message>
        <source>calendar blocks: {n}</source>
        <translation>calendar blocks: {n}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>Customers kept because other records use them: {n}.</source>
        <translation>Customers kept because other records use them: {n}.</translation>
    </message>
    <message>
        <source>Contacts kept because other records name them: {n}.</source>
        <translation>Contacts kept because other records name them: {n}.</translation>
    </message>
    <message>
        <source>Records typed in the app that stay but lose their link to a removed row: {n}.</source>
        <translation>Records typed in the app that stay but lose their link to a removed row: {n}.</translation>
    </message>
    <message>
        <source>Remove import of “{file}”</source>
        <translation>Remove import of “{file}”</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <source>Sales records</source>
        <translation>Sales records</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>Customer list</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <source>Monthly targets</source>
        <translation>Monthly targets</translation>
    </message>
    <message>
        <source>Deals in flight (opportunities)</source>
        <translation>Deals in flight (opportunities)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>Win probability</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Expected close date</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Next step date</source>
        <translation>Next step date</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Lost reason</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose a workbook</source>
        <translation>Choose a workbook</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xlsm, .xls), WPS or LibreOffice (.ods) workbooks and CSV files.</source>
        <translation>Excel (.xlsx, .xlsm, .xls), WPS or LibreOffice (.ods) workbooks and CSV files.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Sheet and kind of data</source>
        <translation>Sheet and kind of data</translation>
    </message>
    <message>
        <source>SalesPlanner guessed these; change them if they are wrong.</source>
        <translation>SalesPlanner guessed these; change them if they are wrong.</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>The sheet holds:</source>
        <translation>The sheet holds:</translation>
    </message>
    <message>
        <source>Column headers on row:</source>
        <translation>Column headers on row:</translation>
    </message>
    <message>
        <source>The customer's name is in:</source>
        <translation>The customer's name is in:</translation>
    </message>
    <message>
        <source>Dates are written as:</source>
        <translation>Dates are written as:</translation>
    </message>
    <message>
        <source>Columns and preview</source>
        <translation>Columns and preview</translation>
    </message>
    <message>
        <source>Check what each column is imported as. Red cells will be skipped; point at a cell to see why.</source>
        <translation>Check what each column is imported as. Red cells will be skipped; point at a cell to see why.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>(warning)</source>
        <translation>(warning)</translation>
    </message>
    <message>
        <source>day/month/year (31/12/2026)</source>
        <translation>day/month/year (31/12/2026)</translation>
    </message>
    <message>
        <source>month/day/year (12/31/2026)</source>
        <translation>month/day/year (12/31/2026)</translation>
    </message>
    <message>
        <source>year/month/day (26/12/31)</source>
        <translation>year/month/day (26/12/31)</translation>
    </message>
    <message>
        <source>Columns as you mapped them last time for a workbook of this shape.</source>
        <translation>Columns as you mapped them last time for a workbook of this shape.</translation>
    </message>
    <message>
        <source>Choose how dates are written on the previous page.</source>
        <translation>Choose how dates are written on the previous page.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already in your plan.</source>
        <translation>
            <numerusform>%n row already in your plan.</numerusform>
            <numerusform>%n rows already in your plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s).</source>
        <translation>
            <numerusform>%n new customer.</numerusform>
            <numerusform>%n new customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) completed with details from the file.</source>
        <translation>
            <numerusform>%n customer completed with details from the file.</numerusform>
            <numerusform>%n customers completed with details from the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>What you log in SalesPlanner from now on can be added to this workbook later: File → Write back to workbook…</source>
        <translation>What you log in SalesPlanner from now on can be added to this workbook later: File → Write back to workbook…</translation>
    </message>
    <message>
        <source>%1 data rows.</source>
        <translation>%1 data rows.</translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s) imported from %1.</source>
        <translation>
            <numerusform>%n new row imported from %1.</numerusform>
            <numerusform>%n new rows imported from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>SalesPlanner is not sure what this sheet holds (%1): choose it above.</source>
        <translation>SalesPlanner is not sure what this sheet holds (%1): choose it above.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped: %1.</source>
        <translation>
            <numerusform>%n row skipped: %1.</numerusform>
            <numerusform>%n rows skipped: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Won deals: %n sale(s) written, %1 found among your sales.</source>
        <translation>
            <numerusform>Won deals: %n sale written, %1 found among your sales.</numerusform>
            <numerusform>Won deals: %n sales written, %1 found among your sales.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Choose a column for: %1 (needed for “%2”), or another kind of data on the previous page.</source>
        <translation>Choose a column for: %1 (needed for “%2”), or another kind of data on the previous page.</translation>
    </message>
    <message numerus="yes">
        <source>Pipeline: %1 open, %2 won and %n lost deal(s) (lost deals are never sales).</source>
        <translation>
            <numerusform>Pipeline: %1 open, %2 won and %n lost deal (lost deals are never sales).</numerusform>
            <numerusform>Pipeline: %1 open, %2 won and %n lost deals (lost deals are never sales).</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates in column %1 can be read as %2 (“%3” in %4): choose how they are written.</source>
        <translation>Dates in column %1 can be read as %2 (“%3” in %4): choose how they are written.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %n row(s): %1 ready, %2 with problems.</source>
        <translation>
            <numerusform>Preview of the first %n row: %1 ready, %2 with problems.</numerusform>
            <numerusform>Preview of the first %n rows: %1 ready, %2 with problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals already in your plan: %1 moved on, %2 updated, %3 unchanged.</source>
        <translation>Deals already in your plan: %1 moved on, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <source>“{text}” is not an amount</source>
        <translation>“{text}” is not an amount</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>“{text}” is not a number</translation>
    </message>
    <message>
        <source>{n:g} is not a whole number of times</source>
        <translation>{n:g} is not a whole number of times</translation>
    </message>
    <message>
        <source>“{text}” is not a date</source>
        <translation>“{text}” is not a date</translation>
    </message>
    <message>
        <source>{n:g} is not a date</source>
        <translation>{n:g} is not a date</translation>
    </message>
    <message>
        <source>a duration, not a date</source>
        <translation>a duration, not a date</translation>
    </message>
    <message>
        <source>{month}月{day}日 does not exist in {year}</source>
        <translation>{month}月{day}日 does not exist in {year}</translation>
    </message>
    <message>
        <source>{date} is outside 1990–2100</source>
        <translation>{date} is outside 1990–2100</translation>
    </message>
    <message>
        <source>“{text}” is not a month</source>
        <translation>“{text}” is not a month</translation>
    </message>
    <message>
        <source>“{text}” could be day/month or month/day; choose the date order</source>
        <translation>“{text}” could be day/month or month/day; choose the date order</translation>
    </message>
    <message>
        <source>“{text}” is not a date in the column's order, {order}</source>
        <translation>“{text}” is not a date in the column's order, {order}</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>month/day/year</translation>
    </message>
    <message>
        <source>year/month/day</source>
        <translation>year/month/day</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>none chosen</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} or {second}</translation>
    </message>
    <message>
        <source>Dates in column {column} read as {order}, as {cell} (“{text}”) shows.</source>
        <translation>Dates in column {column} read as {order}, as {cell} (“{text}”) shows.</translation>
    </message>
    <message>
        <source>Dates in column {column} of {name} can be read as {orders} (“{text}” in {cell}); say which with --date-order {options}.</source>
        <translation>Dates in column {column} of {name} can be read as {orders} (“{text}” in {cell}); say which with --date-order {options}.</translation>
    </message>
    <message>
        <source>Unknown order of day, month and year “{order}”; use one of: {orders}.</source>
        <translation>Unknown order of day, month and year “{order}”; use one of: {orders}.</translation>
    </message>
    <message>
        <source>the cell holds the Excel error {error}</source>
        <translation>the cell holds the Excel error {error}</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>the date is empty</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>the amount is empty</translation>
    </message>
    <message>
        <source>no amount: quantity or unit price is empty</source>
        <translation>no amount: quantity or unit price is empty</translation>
    </message>
    <message>
        <source>the quantity is empty</source>
        <translation>the quantity is empty</translation>
    </message>
    <message>
        <source>the unit price is empty</source>
        <translation>the unit price is empty</translation>
    </message>
    <message>
        <source>the activity type is empty</source>
        <translation>the activity type is empty</translation>
    </message>
    <message>
        <source>the customer name is empty</source>
        <translation>the customer name is empty</translation>
    </message>
    <message>
        <source>the month is empty</source>
        <translation>the month is empty</translation>
    </message>
    <message>
        <source>the target is empty</source>
        <translation>the target is empty</translation>
    </message>
    <message>
        <source>“{text}” is not a known activity type</source>
        <translation>“{text}” is not a known activity type</translation>
    </message>
    <message>
        <source>“{text}” is not a win probability (60%, 0.6); the stage's is used</source>
        <translation>“{text}” is not a win probability (60%, 0.6); the stage's is used</translation>
    </message>
    <message>
        <source>“{text}” is not one of your stages; the deal is put at the first one</source>
        <translation>“{text}” is not one of your stages; the deal is put at the first one</translation>
    </message>
    <message>
        <source>{date} is not a plausible birthday</source>
        <translation>{date} is not a plausible birthday</translation>
    </message>
    <message>
        <source>“{text}” is not a date; birthday left empty</source>
        <translation>“{text}” is not a date; birthday left empty</translation>
    </message>
    <message>
        <source>{name} is already on row {row}; left out</source>
        <translation>{name} is already on row {row}; left out</translation>
    </message>
    <message>
        <source>repeats row {row} exactly; imported both — delete one if it is a mistake</source>
        <translation>repeats row {row} exactly; imported both — delete one if it is a mistake</translation>
    </message>
    <message>
        <source>has the same record ID as row {row}; imported both — delete one if it is a mistake</source>
        <translation>has the same record ID as row {row}; imported both — delete one if it is a mistake</translation>
    </message>
    <message>
        <source>the row has more cells than the header (a number like 1,234 without quotes splits in two and moves the cells after it); left out</source>
        <translation>the row has more cells than the header (a number like 1,234 without quotes splits in two and moves the cells after it); left out</translation>
    </message>
    <message>
        <source>unusually large ({ratio:.0f}× the typical amount); imported, please check</source>
        <translation>unusually large ({ratio:.0f}× the typical amount); imported, please check</translation>
    </message>
    <message>
        <source>unusually small next to the others; imported, please check</source>
        <translation>unusually small next to the others; imported, please check</translation>
    </message>
    <message>
        <source>Targets laid out by month across {n} columns.</source>
        <translation>Targets laid out by month across {n} columns.</translation>
    </message>
    <message>
        <source>No amount column: amount = quantity × unit price.</source>
        <translation>No amount column: amount = quantity × unit price.</translation>
    </message>
    <message>
        <source>Several tables side by side: using columns {first}–{last}.</source>
        <translation>Several tables side by side: using columns {first}–{last}.</translation>
    </message>
    <message>
        <source>{header}: values are in units of {scale:,} (×{scale}).</source>
        <translation>{header}: values are in units of {scale:,} (×{scale}).</translation>
    </message>
    <message>
        <source>{n} won deal(s) linked to the sales your plan already had (the first: {name}, booked {date}); none added again.</source>
        <translation>{n} won deal(s) linked to the sales your plan already had (the first: {name}, booked {date}); none added again.</translation>
    </message>
    <message>
        <source>{n} row(s) left out: the sales of won deals already in your plan (the first: {name}, {date}), linked to them.</source>
        <translation>{n} row(s) left out: the sales of won deals already in your plan (the first: {name}, {date}), linked to them.</translation>
    </message>
    <message>
        <source>Characters in {n} cell(s) could not be read as {encoding} (the first in {cell}): the file may be in another encoding; save it from Excel as “CSV UTF-8” and import it again.</source>
        <translation>Characters in {n} cell(s) could not be read as {encoding} (the first in {cell}): the file may be in another encoding; save it from Excel as “CSV UTF-8” and import it again.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} is not a file.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation>Cannot read {name}: {reason}.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} is empty.</translation>
    </message>
    <message>
        <source>{name} is {mb} MB, more than SalesPlanner imports at once ({limit} MB); split it into smaller files.</source>
        <translation>{name} is {mb} MB, more than SalesPlanner imports at once ({limit} MB); split it into smaller files.</translation>
    </message>
    <message>
        <source>{name} is damaged (an incomplete zip package).</source>
        <translation>{name} is damaged (an incomplete zip package).</translation>
    </message>
    <message>
        <source>{name} is not a text (CSV) file: it holds binary data.</source>
        <translation>{name} is not a text (CSV) file: it holds binary data.</translation>
    </message>
    <message>
        <source>{name} is a web page saved with a spreadsheet name; open it in Excel or WPS and save it as .xlsx first.</source>
        <translation>{name} is a web page saved with a spreadsheet name; open it in Excel or WPS and save it as .xlsx first.</translation>
    </message>
    <message>
        <source>{name} is an Excel 2003 XML file; open it in Excel or WPS and save it as .xlsx first.</source>
        <translation>{name} is an Excel 2003 XML file; open it in Excel or WPS and save it as .xlsx first.</translation>
    </message>
    <message>
        <source>{name} is plain text, not a workbook; if it is a CSV file, rename it to .csv.</source>
        <translation>{name} is plain text, not a workbook; if it is a CSV file, rename it to .csv.</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet (unknown file format).</source>
        <translation>{name} is not a spreadsheet (unknown file format).</translation>
    </message>
    <message>
        <source>{name} is the lock file Excel, WPS or LibreOffice keeps while {workbook} is open; choose {workbook} itself.</source>
        <translation>{name} is the lock file Excel, WPS or LibreOffice keeps while {workbook} is open; choose {workbook} itself.</translation>
    </message>
    <message>
        <source>{name} is a Word document, not a spreadsheet.</source>
        <translation>{name} is a Word document, not a spreadsheet.</translation>
    </message>
    <message>
        <source>{name} is a PowerPoint file, not a spreadsheet.</source>
        <translation>{name} is a PowerPoint file, not a spreadsheet.</translation>
    </message>
    <message>
        <source>{name} is an Office file but not an Excel workbook.</source>
        <translation>{name} is an Office file but not an Excel workbook.</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument file but not a spreadsheet.</source>
        <translation>{name} is an OpenDocument file but not a spreadsheet.</translation>
    </message>
    <message>
        <source>{name} is a zip file but not an Excel workbook.</source>
        <translation>{name} is a zip file but not an Excel workbook.</translation>
    </message>
    <message>
        <source>{name} is a zip archive, not a spreadsheet.</source>
        <translation>{name} is a zip archive, not a spreadsheet.</translation>
    </message>
    <message>
        <source>{name} is protected with a password; remove it and try again.</source>
        <translation>{name} is protected with a password; remove it and try again.</translation>
    </message>
    <message>
        <source>{name} is protected with a password; open it in Excel or WPS, remove the password (File → Info → Protect Workbook) and import the saved copy.</source>
        <translation>{name} is protected with a password; open it in Excel or WPS, remove the password (File → Info → Protect Workbook) and import the saved copy.</translation>
    </message>
    <message>
        <source>{name} is protected with a password; remove the password in Excel or WPS and import the saved copy.</source>
        <translation>{name} is protected with a password; remove the password in Excel or WPS and import the saved copy.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (the zip package cannot be opened); open it in Excel or WPS and save it again.</source>
        <translation>{name} is damaged or incomplete (the zip package cannot be opened); open it in Excel or WPS and save it again.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (part {part} cannot be unpacked); open it in Excel or WPS and save it again.</source>
        <translation>{name} is damaged or incomplete (part {part} cannot be unpacked); open it in Excel or WPS and save it again.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read; open it in Excel or WPS and save it again.</source>
        <translation>{name} is damaged and cannot be read; open it in Excel or WPS and save it again.</translation>
    </message>
    <message>
        <source>{name} has {n} parts; that is not a normal workbook.</source>
        <translation>{name} has {n} parts; that is not a normal workbook.</translation>
    </message>
    <message>
        <source>{name} unpacks to {mb} MB; that is too large to import safely (a zip bomb or a huge workbook).</source>
        <translation>{name} unpacks to {mb} MB; that is too large to import safely (a zip bomb or a huge workbook).</translation>
    </message>
    <message>
        <source>{name} contains a part that unpacks to an implausible size (a zip bomb); it was not read.</source>
        <translation>{name} contains a part that unpacks to an implausible size (a zip bomb); it was not read.</translation>
    </message>
    <message>
        <source>{name} contains a part larger than it declares (a zip bomb); it was not read.</source>
        <translation>{name} contains a part larger than it declares (a zip bomb); it was not read.</translation>
    </message>
    <message>
        <source>{name} contains XML entity declarations that no spreadsheet needs (an XML bomb); it was not read.</source>
        <translation>{name} contains XML entity declarations that no spreadsheet needs (an XML bomb); it was not read.</translation>
    </message>
    <message>
        <source>{name} has a malformed XML part; it was not read.</source>
        <translation>{name} has a malformed XML part; it was not read.</translation>
    </message>
    <message>
        <source>{name} asks for more than {cells:,} cells in one sheet (repeated rows or columns); it was not read.</source>
        <translation>{name} asks for more than {cells:,} cells in one sheet (repeated rows or columns); it was not read.</translation>
    </message>
    <message>
        <source>{name} asks for more cells than any real sheet holds; it was not read.</source>
        <translation>{name} asks for more cells than any real sheet holds; it was not read.</translation>
    </message>
    <message>
        <source>{name} has no worksheets.</source>
        <translation>{name} has no worksheets.</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file.</source>
        <translation>{name} is not a readable CSV file.</translation>
    </message>
    <message>
        <source>{name} has {rows:,} rows × {cols:,} columns, more than SalesPlanner imports at once; split it into smaller files.</source>
        <translation>{name} has {rows:,} rows × {cols:,} columns, more than SalesPlanner imports at once; split it into smaller files.</translation>
    </message>
    <message>
        <source>{name} has no sheet named “{sheet}” (it has: {sheets}).</source>
        <translation>{name} has no sheet named “{sheet}” (it has: {sheets}).</translation>
    </message>
    <message>
        <source>“{sheet}” in {name} is a chart sheet, not a table.</source>
        <translation>“{sheet}” in {name} is a chart sheet, not a table.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” in {name} has {rows:,} rows × {cols:,} columns, more than SalesPlanner imports at once ({cells:,} cells); split it into smaller files.</source>
        <translation>Sheet “{sheet}” in {name} has {rows:,} rows × {cols:,} columns, more than SalesPlanner imports at once ({cells:,} cells); split it into smaller files.</translation>
    </message>
    <message>
        <source>{name}: took column {taken} as the customer; {others} could be it too (--map {field}={letter} takes that one instead).</source>
        <translation>{name}: took column {taken} as the customer; {others} could be it too (--map {field}={letter} takes that one instead).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of {name} does not clearly hold sales, customers, activities or targets ({why}); say what it holds with --kind (the closest is {kind}).</source>
        <translation>Sheet “{sheet}” of {name} does not clearly hold sales, customers, activities or targets ({why}); say what it holds with --kind (the closest is {kind}).</translation>
    </message>
    <message>
        <source>there are no rows under the header</source>
        <translation>there are no rows under the header</translation>
    </message>
    <message>
        <source>the header of column {column} does not clearly say what it holds</source>
        <translation>the header of column {column} does not clearly say what it holds</translation>
    </message>
    <message>
        <source>column {column} is empty</source>
        <translation>column {column} is empty</translation>
    </message>
    <message>
        <source>column {column} holds numbers, not names</source>
        <translation>column {column} holds numbers, not names</translation>
    </message>
    <message>
        <source>only {share}% of the cells in column {column} are dates</source>
        <translation>only {share}% of the cells in column {column} are dates</translation>
    </message>
    <message>
        <source>only {share}% of the cells in column {column} are amounts</source>
        <translation>only {share}% of the cells in column {column} are amounts</translation>
    </message>
    <message>
        <source>only {share}% of the cells in column {column} are numbers</source>
        <translation>only {share}% of the cells in column {column} are numbers</translation>
    </message>
    <message>
        <source>only {share}% of the cells in column {column} are months</source>
        <translation>only {share}% of the cells in column {column} are months</translation>
    </message>
    <message>
        <source>only {share}% of the cells in column {column} are known activity types</source>
        <translation>only {share}% of the cells in column {column} are known activity types</translation>
    </message>
    <message>
        <source>figures in {n} other column(s), which a customer list does not hold ({columns})</source>
        <translation>figures in {n} other column(s), which a customer list does not hold ({columns})</translation>
    </message>
    <message>
        <source>column {column} holds names, and nothing says they are customers</source>
        <translation>column {column} holds names, and nothing says they are customers</translation>
    </message>
    <message>
        <source>column {column} is a month of {year}</source>
        <translation>column {column} is a month of {year}</translation>
    </message>
    <message>
        <source>Unknown kind of import “{kind}”; use one of: {kinds}.</source>
        <translation>Unknown kind of import “{kind}”; use one of: {kinds}.</translation>
    </message>
    <message>
        <source>Row {row} of sheet “{sheet}” in {name} is outside its table.</source>
        <translation>Row {row} of sheet “{sheet}” in {name} is outside its table.</translation>
    </message>
    <message>
        <source>No table found in sheet “{sheet}” of {name}: no row looks like column headers.</source>
        <translation>No table found in sheet “{sheet}” of {name}: no row looks like column headers.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of {name} has no column for: {fields} (needed for a {kind} import); choose the columns or another kind.</source>
        <translation>Sheet “{sheet}” of {name} has no column for: {fields} (needed for a {kind} import); choose the columns or another kind.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot write {name}: the folder {folder} does not exist.</source>
        <translation>Cannot write {name}: the folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Cannot write {name}: {reason} (is it open in Excel or WPS?).</source>
        <translation>Cannot write {name}: {reason} (is it open in Excel or WPS?).</translation>
    </message>
    <message>
        <source>The disk is full: {name} was not written (nothing was left in {folder}); free some space and try again.</source>
        <translation>The disk is full: {name} was not written (nothing was left in {folder}); free some space and try again.</translation>
    </message>
    <message>
        <source>There is no import to write back to; import a workbook first.</source>
        <translation>There is no import to write back to; import a workbook first.</translation>
    </message>
    <message>
        <source>There is no import to write back to (no import #{id}).</source>
        <translation>There is no import to write back to (no import #{id}).</translation>
    </message>
    <message>
        <source>Import #{id} holds {kind}; write-back adds deals and activities only.</source>
        <translation>Import #{id} holds {kind}; write-back adds deals and activities only.</translation>
    </message>
    <message>
        <source>{name} was changed after it was imported ({when}); import it again first (only new rows are added), then write back.</source>
        <translation>{name} was changed after it was imported ({when}); import it again first (only new rows are added), then write back.</translation>
    </message>
    <message>
        <source>{path} is not there any more (moved or deleted); import it again from its new place.</source>
        <translation>{path} is not there any more (moved or deleted); import it again from its new place.</translation>
    </message>
    <message>
        <source>{name} is open in Excel, WPS or LibreOffice; close it and try again.</source>
        <translation>{name} is open in Excel, WPS or LibreOffice; close it and try again.</translation>
    </message>
    <message>
        <source>{name} cannot be written ({reason}); is it open elsewhere or read-only?</source>
        <translation>{name} cannot be written ({reason}); is it open elsewhere or read-only?</translation>
    </message>
    <message>
        <source>{name} is a {suffix} file; write-back works with .xlsx and .xlsm workbooks (use export for the others).</source>
        <translation>{name} is a {suffix} file; write-back works with .xlsx and .xlsm workbooks (use export for the others).</translation>
    </message>
    <message>
        <source>{name} cannot be opened for writing ({error}).</source>
        <translation>{name} cannot be opened for writing ({error}).</translation>
    </message>
    <message>
        <source>{name} has no sheet “{sheet}” any more.</source>
        <translation>{name} has no sheet “{sheet}” any more.</translation>
    </message>
    <message>
        <source>{name} could not be saved ({reason}); it was left unchanged.</source>
        <translation>{name} could not be saved ({reason}); it was left unchanged.</translation>
    </message>
    <message>
        <source>The write-back was cancelled; the workbook and the plan were left unchanged.</source>
        <translation>The write-back was cancelled; the workbook and the plan were left unchanged.</translation>
    </message>
    <message>
        <source>{file}: {where} {why}, so the new rows cannot be added safely; the file was left unchanged.</source>
        <translation>{file}: {where} {why}, so the new rows cannot be added safely; the file was left unchanged.</translation>
    </message>
    <message>
        <source>sheet “{sheet}” cell {cell}</source>
        <translation>sheet “{sheet}” cell {cell}</translation>
    </message>
    <message>
        <source>sheet “{sheet}” merged cell {range}</source>
        <translation>sheet “{sheet}” merged cell {range}</translation>
    </message>
    <message>
        <source>sheet “{sheet}” pivot table {name}</source>
        <translation>sheet “{sheet}” pivot table {name}</translation>
    </message>
    <message>
        <source>the source of pivot table {name}</source>
        <translation>the source of pivot table {name}</translation>
    </message>
    <message>
        <source>a chart on sheet “{sheet}”</source>
        <translation>a chart on sheet “{sheet}”</translation>
    </message>
    <message>
        <source>the defined name “{name}”</source>
        <translation>the defined name “{name}”</translation>
    </message>
    <message>
        <source>the print area of sheet “{sheet}”</source>
        <translation>the print area of sheet “{sheet}”</translation>
    </message>
    <message>
        <source>the print titles of sheet “{sheet}”</source>
        <translation>the print titles of sheet “{sheet}”</translation>
    </message>
    <message>
        <source>sheet “{sheet}” conditional formatting {range}</source>
        <translation>sheet “{sheet}” conditional formatting {range}</translation>
    </message>
    <message>
        <source>sheet “{sheet}” data validation {range}</source>
        <translation>sheet “{sheet}” data validation {range}</translation>
    </message>
    <message>
        <source>sheet “{sheet}” table {name}</source>
        <translation>sheet “{sheet}” table {name}</translation>
    </message>
    <message>
        <source>sheet “{sheet}” autofilter</source>
        <translation>sheet “{sheet}” autofilter</translation>
    </message>
    <message>
        <source>has the range “{ref}”, which write-back cannot read</source>
        <translation>has the range “{ref}”, which write-back cannot read</translation>
    </message>
    <message>
        <source>has a formula write-back cannot read</source>
        <translation>has a formula write-back cannot read</translation>
    </message>
    <message>
        <source>has a formula with {what} that write-back cannot adjust</source>
        <translation>has a formula with {what} that write-back cannot adjust</translation>
    </message>
    <message>
        <source>holds an array formula over {ref} across row {row}</source>
        <translation>holds an array formula over {ref} across row {row}</translation>
    </message>
    <message>
        <source>holds a what-if data table</source>
        <translation>holds a what-if data table</translation>
    </message>
    <message>
        <source>beside the table would be split from {cell} above it</source>
        <translation>beside the table would be split from {cell} above it</translation>
    </message>
    <message>
        <source>reaches across row {row}</source>
        <translation>reaches across row {row}</translation>
    </message>
    <message>
        <source>stands below the new rows</source>
        <translation>stands below the new rows</translation>
    </message>
    <message>
        <source>a range ending in a function ({token}…)</source>
        <translation>a range ending in a function ({token}…)</translation>
    </message>
    <message>
        <source>a range written with spaces around “:”</source>
        <translation>a range written with spaces around “:”</translation>
    </message>
    <message>
        <source>a reference over several sheets ({ref})</source>
        <translation>a reference over several sheets ({ref})</translation>
    </message>
    <message>
        <source>a reference write-back cannot read ({ref})</source>
        <translation>a reference write-back cannot read ({ref})</translation>
    </message>
    <message>
        <source>a reference inside a text (INDIRECT("{text}"))</source>
        <translation>a reference inside a text (INDIRECT("{text}"))</translation>
    </message>
    <message>
        <source>rows with problems</source>
        <translation>rows with problems</translation>
    </message>
    <message>
        <source>duplicate rows in the file</source>
        <translation>duplicate rows in the file</translation>
    </message>
    <message>
        <source>No goal covered {first}–{last}: a draft goal was created for the targets.</source>
        <translation>No goal covered {first}–{last}: a draft goal was created for the targets.</translation>
    </message>
    <message>
        <source>{n} rows per month were added up (e.g. {examples}).</source>
        <translation>{n} rows per month were added up (e.g. {examples}).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation>row {n}</translation>
    </message>
    <message>
        <source>{cell}: {message}</source>
        <translation>{cell}: {message}</translation>
    </message>
</context>
<context>
    <name>EditTexts</name>
    <message>
        <source>Unknown activity type {code}.</source>
        <translation>Unknown activity type {code}.</translation>
    </message>
    <message>
        <source>A block must start before it ends within the day ({times}).</source>
        <translation>A block must start before it ends within the day ({times}).</translation>
    </message>
    <message>
        <source>The planned count cannot be negative.</source>
        <translation>The planned count cannot be negative.</translation>
    </message>
    <message>
        <source>That block no longer exists.</source>
        <translation>That block no longer exists.</translation>
    </message>
    <message>
        <source>There is no week template named {name}.</source>
        <translation>There is no week template named {name}.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Give the template a name.</translation>
    </message>
    <message>
        <source>The week has no blocks to save as a template.</source>
        <translation>The week has no blocks to save as a template.</translation>
    </message>
    <message>
        <source>The count cannot be negative.</source>
        <translation>The count cannot be negative.</translation>
    </message>
    <message>
        <source>A contract needs its amount.</source>
        <translation>A contract needs its amount.</translation>
    </message>
    <message>
        <source>The next follow-up cannot be before the day the activity was done.</source>
        <translation>The next follow-up cannot be before the day the activity was done.</translation>
    </message>
    <message>
        <source>Unknown period {kind}: use week, month or goal.</source>
        <translation>Unknown period {kind}: use week, month or goal.</translation>
    </message>
    <message>
        <source>A block of this plan was deleted meanwhile; refresh and retry.</source>
        <translation>A block of this plan was deleted meanwhile; refresh and retry.</translation>
    </message>
    <message>
        <source>Give a reason for revising the target; it is kept with the revision.</source>
        <translation>Give a reason for revising the target; it is kept with the revision.</translation>
    </message>
    <message>
        <source>The revised target must be greater than zero.</source>
        <translation>The revised target must be greater than zero.</translation>
    </message>
    <message>
        <source>This goal no longer exists.</source>
        <translation>This goal no longer exists.</translation>
    </message>
    <message>
        <source>The goal's period is over; set a new goal instead.</source>
        <translation>The goal's period is over; set a new goal instead.</translation>
    </message>
    <message>
        <source>The new target is below what the past months already hold.</source>
        <translation>The new target is below what the past months already hold.</translation>
    </message>
    <message>
        <source>Give the goal a title.</source>
        <translation>Give the goal a title.</translation>
    </message>
    <message>
        <source>Set the goal's start and deadline.</source>
        <translation>Set the goal's start and deadline.</translation>
    </message>
    <message>
        <source>The goal's deadline is before its start.</source>
        <translation>The goal's deadline is before its start.</translation>
    </message>
    <message>
        <source>The target cannot be negative.</source>
        <translation>The target cannot be negative.</translation>
    </message>
    <message>
        <source>The months add up to {total} yuan but the goal is {target} yuan; adjust a month.</source>
        <translation>The months add up to {total} yuan but the goal is {target} yuan; adjust a month.</translation>
    </message>
    <message>
        <source>This goal no longer exists; save it as a new goal.</source>
        <translation>This goal no longer exists; save it as a new goal.</translation>
    </message>
    <message>
        <source>The ramp step is so negative that a month would get less than nothing.</source>
        <translation>The ramp step is so negative that a month would get less than nothing.</translation>
    </message>
    <message>
        <source>Unknown breakdown method {method}: use even, ramp or seasonal.</source>
        <translation>Unknown breakdown method {method}: use even, ramp or seasonal.</translation>
    </message>
    <message>
        <source>A period target cannot be negative.</source>
        <translation>A period target cannot be negative.</translation>
    </message>
    <message>
        <source>The edited periods add up to more than the goal; lower one of them.</source>
        <translation>The edited periods add up to more than the goal; lower one of them.</translation>
    </message>
    <message>
        <source>Every period is edited and they do not add up to the goal.</source>
        <translation>Every period is edited and they do not add up to the goal.</translation>
    </message>
    <message>
        <source>The goal cannot be negative.</source>
        <translation>The goal cannot be negative.</translation>
    </message>
    <message>
        <source>The goal's end is before its start.</source>
        <translation>The goal's end is before its start.</translation>
    </message>
    <message>
        <source>Currency unit must be one of {units}.</source>
        <translation>Currency unit must be one of {units}.</translation>
    </message>
    <message>
        <source>The week must start on a day from Monday (0) to Sunday (6).</source>
        <translation>The week must start on a day from Monday (0) to Sunday (6).</translation>
    </message>
    <message>
        <source>Working hours must end after they start, within one day.</source>
        <translation>Working hours must end after they start, within one day.</translation>
    </message>
    <message>
        <source>The buffer per day cannot be longer than the working day.</source>
        <translation>The buffer per day cannot be longer than the working day.</translation>
    </message>
    <message>
        <source>The learning-time share must be between 0 % and 50 %.</source>
        <translation>The learning-time share must be between 0 % and 50 %.</translation>
    </message>
    <message>
        <source>Language must be zh_CN, en or empty (follow the system).</source>
        <translation>Language must be zh_CN, en or empty (follow the system).</translation>
    </message>
    <message>
        <source>Keep between 0 and 365 automatic backups.</source>
        <translation>Keep between 0 and 365 automatic backups.</translation>
    </message>
    <message>
        <source>Weekend days are numbered 0 (Monday) to 6 (Sunday).</source>
        <translation>Weekend days are numbered 0 (Monday) to 6 (Sunday).</translation>
    </message>
    <message>
        <source>Follow-ups per day cannot be negative.</source>
        <translation>Follow-ups per day cannot be negative.</translation>
    </message>
    <message>
        <source>A deal is stale after 1 to 365 days without activity.</source>
        <translation>A deal is stale after 1 to 365 days without activity.</translation>
    </message>
    <message>
        <source>A follow-up cadence is a number of days from 1 to 730.</source>
        <translation>A follow-up cadence is a number of days from 1 to 730.</translation>
    </message>
    <message>
        <source>That opportunity no longer exists.</source>
        <translation>That opportunity no longer exists.</translation>
    </message>
    <message>
        <source>This deal is closed; only an open deal can be planned.</source>
        <translation>This deal is closed; only an open deal can be planned.</translation>
    </message>
    <message>
        <source>Unknown stage {stage}.</source>
        <translation>Unknown stage {stage}.</translation>
    </message>
    <message>
        <source>Win or lose a deal to close it; moving sets an open stage.</source>
        <translation>Win or lose a deal to close it; moving sets an open stage.</translation>
    </message>
    <message>
        <source>Only an open deal can be won.</source>
        <translation>Only an open deal can be won.</translation>
    </message>
    <message>
        <source>Only an open deal can be lost.</source>
        <translation>Only an open deal can be lost.</translation>
    </message>
    <message>
        <source>Win or lose a deal with its own command, not by editing it.</source>
        <translation>Win or lose a deal with its own command, not by editing it.</translation>
    </message>
    <message>
        <source>This deal is won and became a sale; undo the win to move it again.</source>
        <translation>This deal is won and became a sale; undo the win to move it again.</translation>
    </message>
    <message>
        <source>The deal is at that stage already.</source>
        <translation>The deal is at that stage already.</translation>
    </message>
    <message>
        <source>A deal cannot change stage before it was created.</source>
        <translation>A deal cannot change stage before it was created.</translation>
    </message>
    <message>
        <source>The final amount must be more than zero.</source>
        <translation>The final amount must be more than zero.</translation>
    </message>
    <message>
        <source>Say why the deal was lost (price, competitor, no budget …).</source>
        <translation>Say why the deal was lost (price, competitor, no budget …).</translation>
    </message>
    <message>
        <source>A stage that deals are at cannot be removed; move them first.</source>
        <translation>A stage that deals are at cannot be removed; move them first.</translation>
    </message>
    <message>
        <source>No customer is called {name}.</source>
        <translation>No customer is called {name}.</translation>
    </message>
    <message>
        <source>{customer} has no open deal.</source>
        <translation>{customer} has no open deal.</translation>
    </message>
    <message>
        <source>{customer} has {n} open deals ({deals}); name one by its number.</source>
        <translation>{customer} has {n} open deals ({deals}); name one by its number.</translation>
    </message>
    <message>
        <source>There is no goal to forecast; set one with the goal wizard.</source>
        <translation>There is no goal to forecast; set one with the goal wizard.</translation>
    </message>
    <message>
        <source>The number of runs is between 1 and 1,000,000.</source>
        <translation>The number of runs is between 1 and 1,000,000.</translation>
    </message>
    <message>
        <source>The stage list has no {outcome} stage.</source>
        <translation>The stage list has no {outcome} stage.</translation>
    </message>
    <message>
        <source>Two stages have the same key.</source>
        <translation>Two stages have the same key.</translation>
    </message>
    <message>
        <source>The stage list needs at least one open stage.</source>
        <translation>The stage list needs at least one open stage.</translation>
    </message>
    <message>
        <source>The stage list needs exactly one {outcome} stage.</source>
        <translation>The stage list needs exactly one {outcome} stage.</translation>
    </message>
    <message>
        <source>A win probability is between 0 and 100 % ({value}).</source>
        <translation>A win probability is between 0 and 100 % ({value}).</translation>
    </message>
    <message>
        <source>An opportunity needs a customer.</source>
        <translation>An opportunity needs a customer.</translation>
    </message>
    <message>
        <source>The expected amount cannot be negative.</source>
        <translation>The expected amount cannot be negative.</translation>
    </message>
    <message>
        <source>The stage and the outcome of an opportunity disagree.</source>
        <translation>The stage and the outcome of an opportunity disagree.</translation>
    </message>
    <message>
        <source>A won or lost opportunity needs the date it closed.</source>
        <translation>A won or lost opportunity needs the date it closed.</translation>
    </message>
    <message>
        <source>An opportunity cannot close before it was created.</source>
        <translation>An opportunity cannot close before it was created.</translation>
    </message>
    <message>
        <source>Unknown channel {channel}.</source>
        <translation>Unknown channel {channel}.</translation>
    </message>
    <message>
        <source>There is no import #{id} in this plan.</source>
        <translation>There is no import #{id} in this plan.</translation>
    </message>
    <message>
        <source>The import of {file} set the goal's month targets and cannot be taken back; revise the goal instead.</source>
        <translation>The import of {file} set the goal's month targets and cannot be taken back; revise the goal instead.</translation>
    </message>
    <message>
        <source>Rows of {file} were imported again after they were removed; remove that import first.</source>
        <translation>Rows of {file} were imported again after they were removed; remove that import first.</translation>
    </message>
    <message>
        <source>The journal's start is after its end.</source>
        <translation>The journal's start is after its end.</translation>
    </message>
    <message>
        <source>There is no journal entry {key}.</source>
        <translation>There is no journal entry {key}.</translation>
    </message>
    <message>
        <source>Say what to change: the date, amount, count, outcome or note.</source>
        <translation>Say what to change: the date, amount, count, outcome or note.</translation>
    </message>
    <message>
        <source>A sale's amount must be more than zero.</source>
        <translation>A sale's amount must be more than zero.</translation>
    </message>
    <message>
        <source>Only a sale has an amount.</source>
        <translation>Only a sale has an amount.</translation>
    </message>
    <message>
        <source>A sale without a logged activity has no count or outcome.</source>
        <translation>A sale without a logged activity has no count or outcome.</translation>
    </message>
    <message>
        <source>That person is not a contact of this entry's customer.</source>
        <translation>That person is not a contact of this entry's customer.</translation>
    </message>
    <message>
        <source>Entry {key} cannot be put back: a newer entry took its place.</source>
        <translation>Entry {key} cannot be put back: a newer entry took its place.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>This customer no longer exists.</translation>
    </message>
    <message>
        <source>Give the customer a name.</source>
        <translation>Give the customer a name.</translation>
    </message>
    <message>
        <source>Another customer is already called {name}.</source>
        <translation>Another customer is already called {name}.</translation>
    </message>
    <message>
        <source>Unknown customer field {field}.</source>
        <translation>Unknown customer field {field}.</translation>
    </message>
    <message>
        <source>This customer has records now and cannot be taken back.</source>
        <translation>This customer has records now and cannot be taken back.</translation>
    </message>
    <message>
        <source>Give the contact a name.</source>
        <translation>Give the contact a name.</translation>
    </message>
    <message>
        <source>A birthday is written 1980-12-06 or --12-06, not {text}.</source>
        <translation>A birthday is written 1980-12-06 or --12-06, not {text}.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>This contact no longer exists.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>A customer cannot be merged with itself.</translation>
    </message>
    <message>
        <source>There is no customer named {name}.</source>
        <translation>There is no customer named {name}.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved.</source>
        <translation>The disk is full, so the change was not saved.</translation>
    </message>
    <message>
        <source>The plan file is read-only, so the change was not saved.</source>
        <translation>The plan file is read-only, so the change was not saved.</translation>
    </message>
    <message>
        <source>Another program is using the plan file, so the change was not saved; try again in a moment.</source>
        <translation>Another program is using the plan file, so the change was not saved; try again in a moment.</translation>
    </message>
    <message>
        <source>The plan file could not be changed, so the change was not saved ({reason}).</source>
        <translation>The plan file could not be changed, so the change was not saved ({reason}).</translation>
    </message>
</context>
<context>
    <name>edits</name>
    <message>
        <source>Could not undo “{action}”: {reason}</source>
        <translation>Could not undo “{action}”: {reason}</translation>
    </message>
    <message>
        <source>Could not redo “{action}”: {reason}</source>
        <translation>Could not redo “{action}”: {reason}</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>×10k yuan</source>
        <translation>×10k yuan</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>{amount} yuan</source>
        <translation>{amount} yuan</translation>
    </message>
    <message>
        <source>{amount} ×10k yuan</source>
        <translation>{amount} ×10k yuan</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <source>Edit journal entry</source>
        <translation>Edit journal entry</translation>
    </message>
    <message>
        <source>Delete journal entry</source>
        <translation>Delete journal entry</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>New-customer visit</source>
        <translation>New-customer visit</translation>
    </message>
    <message>
        <source>Phone visit</source>
        <translation>Phone visit</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Industry event</source>
        <translation>Industry event</translation>
    </message>
    <message>
        <source>Review &amp; planning</source>
        <translation>Review &amp; planning</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Learning</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Buffer</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Inbound</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
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
        <translation>Lead</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>Needs confirmed</source>
        <translation>Needs confirmed</translation>
    </message>
    <message>
        <source>Proposal / quote</source>
        <translation>Proposal / quote</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>pipeline</name>
    <message>
        <source>New deal</source>
        <translation>New deal</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Edit deal</translation>
    </message>
    <message>
        <source>Move deal</source>
        <translation>Move deal</translation>
    </message>
    <message>
        <source>Win deal</source>
        <translation>Win deal</translation>
    </message>
    <message>
        <source>Lose deal</source>
        <translation>Lose deal</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Delete deal</translation>
    </message>
    <message>
        <source>Edit stages</source>
        <translation>Edit stages</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Cumulative sales against the target pace</source>
        <translation>Cumulative sales against the target pace</translation>
    </message>
    <message>
        <source>Forecast range (P10–P90)</source>
        <translation>Forecast range (P10–P90)</translation>
    </message>
    <message>
        <source>Weekly sales against target</source>
        <translation>Weekly sales against target</translation>
    </message>
    <message>
        <source>Funnel to date: planned and observed</source>
        <translation>Funnel to date: planned and observed</translation>
    </message>
    <message>
        <source>Target pace</source>
        <translation>Target pace</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Forecast (P50)</source>
        <translation>Forecast (P50)</translation>
    </message>
    <message>
        <source>Sales ({unit})</source>
        <translation>Sales ({unit})</translation>
    </message>
    <message>
        <source>Target to date: {amount}</source>
        <translation>Target to date: {amount}</translation>
    </message>
    <message>
        <source>Actual: {amount}</source>
        <translation>Actual: {amount}</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>Week of {date}</translation>
    </message>
    <message>
        <source>Target: {amount}</source>
        <translation>Target: {amount}</translation>
    </message>
    <message>
        <source>planned {planned}
observed {observed}</source>
        <translation>planned {planned}
observed {observed}</translation>
    </message>
    <message>
        <source>Planned to date: {n}</source>
        <translation>Planned to date: {n}</translation>
    </message>
    <message>
        <source>Actual: {n}</source>
        <translation>Actual: {n}</translation>
    </message>
    <message>
        <source>Forecast: {low} – {high}</source>
        <translation>Forecast: {low} – {high}</translation>
    </message>
    <message>
        <source>Forecast: {mid} ({low} – {high})</source>
        <translation>Forecast: {mid} ({low} – {high})</translation>
    </message>
    <message>
        <source>Forecast: {amount}</source>
        <translation>Forecast: {amount}</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>There is no sales target for this week: set a goal first.</source>
        <translation>There is no sales target for this week: set a goal first.</translation>
    </message>
    <message>
        <source>Sales {actual_fen} against the week's target {target_fen}: on track.</source>
        <translation>Sales {actual_fen} against the week's target {target_fen}: on track.</translation>
    </message>
    <message>
        <source>Sales {actual_fen} against the week's target {target_fen}: {shortfall_fen} short.</source>
        <translation>Sales {actual_fen} against the week's target {target_fen}: {shortfall_fen} short.</translation>
    </message>
    <message>
        <source>Sales {actual_fen} against the week's target to date {target_fen}: on track.</source>
        <translation>Sales {actual_fen} against the week's target to date {target_fen}: on track.</translation>
    </message>
    <message>
        <source>Sales {actual_fen} against the week's target to date {target_fen}: {shortfall_fen} short.</source>
        <translation>Sales {actual_fen} against the week's target to date {target_fen}: {shortfall_fen} short.</translation>
    </message>
    <message>
        <source>The lagging indicator is {code}: {actual} logged against {target} planned ({pct}%).</source>
        <translation>The lagging indicator is {code}: {actual} logged against {target} planned ({pct}%).</translation>
    </message>
    <message>
        <source>At the observed {rate_fen} of sales per {code}, the {missing} missing cost about {cost_fen} ({planned_cost_fen} at the planned {planned_rate_fen}).</source>
        <translation>At the observed {rate_fen} of sales per {code}, the {missing} missing cost about {cost_fen} ({planned_cost_fen} at the planned {planned_rate_fen}).</translation>
    </message>
    <message>
        <source>At the planned {planned_rate_fen} of sales per {code}, the {missing} missing cost about {planned_cost_fen}.</source>
        <translation>At the planned {planned_rate_fen} of sales per {code}, the {missing} missing cost about {planned_cost_fen}.</translation>
    </message>
    <message>
        <source>That covers the whole shortfall: the activity, not the conversion, held the week back.</source>
        <translation>That covers the whole shortfall: the activity, not the conversion, held the week back.</translation>
    </message>
    <message>
        <source>That explains {pct}% of the shortfall; the rest is conversion.</source>
        <translation>That explains {pct}% of the shortfall; the rest is conversion.</translation>
    </message>
    <message>
        <source>Activity was on plan, but each visit brought {rate_fen} against the planned {planned_rate_fen}: work on conversion (proposal quality, follow-up).</source>
        <translation>Activity was on plan, but each visit brought {rate_fen} against the planned {planned_rate_fen}: work on conversion (proposal quality, follow-up).</translation>
    </message>
    <message>
        <source>Also behind: {codes}.</source>
        <translation>Also behind: {codes}.</translation>
    </message>
    <message>
        <source>Not logged this period: {codes}. Log them daily, or the diagnosis cannot see them (trap 4.3).</source>
        <translation>Not logged this period: {codes}. Log them daily, or the diagnosis cannot see them (trap 4.3).</translation>
    </message>
    <message>
        <source>{remaining_fen} left to sell in {days} working day(s): {per_day_fen} a day.</source>
        <translation>{remaining_fen} left to sell in {days} working day(s): {per_day_fen} a day.</translation>
    </message>
    <message>
        <source>The period's target is reached; nothing to catch up.</source>
        <translation>The period's target is reached; nothing to catch up.</translation>
    </message>
    <message>
        <source>{ahead_fen} ahead of the pace to date: nothing to catch up; the rest of the target spreads over the weeks left like this.</source>
        <translation>{ahead_fen} ahead of the pace to date: nothing to catch up; the rest of the target spreads over the weeks left like this.</translation>
    </message>
    <message>
        <source>No working days are left in this period to catch up {remaining_fen}.</source>
        <translation>No working days are left in this period to catch up {remaining_fen}.</translation>
    </message>
    <message>
        <source>Week of {start}: {target_fen}, {visits} visit(s) at the observed rate ({visits_planned} at the planned rate).</source>
        <translation>Week of {start}: {target_fen}, {visits} visit(s) at the observed rate ({visits_planned} at the planned rate).</translation>
    </message>
    <message>
        <source>Add {extra} new-customer visit(s) next week ({minutes} min of visit blocks): about +{effect_fen}.</source>
        <translation>Add {extra} new-customer visit(s) next week ({minutes} min of visit blocks): about +{effect_fen}.</translation>
    </message>
    <message>
        <source>Make {calls} more phone visit(s) a day next week, the fallback channel (≈{visits} more visit(s)): about +{effect_fen}.</source>
        <translation>Make {calls} more phone visit(s) a day next week, the fallback channel (≈{visits} more visit(s)): about +{effect_fen}.</translation>
    </message>
    <message>
        <source>Move {minutes} min from {codes} to customer development next week ({visits} more visit(s)): about +{effect_fen}.</source>
        <translation>Move {minutes} min from {codes} to customer development next week ({visits} more visit(s)): about +{effect_fen}.</translation>
    </message>
    <message>
        <source>Only {placed} of {wanted} block(s) fit next week without using the buffer.</source>
        <translation>Only {placed} of {wanted} block(s) fit next week without using the buffer.</translation>
    </message>
    <message>
        <source>Only {placed} of the {wanted} visit(s) the week needs fit next week without using the buffer: the other {rest} (about {rest_fen}) need more free hours than the week has; see the options below and the weeks after.</source>
        <translation>Only {placed} of the {wanted} visit(s) the week needs fit next week without using the buffer: the other {rest} (about {rest_fen}) need more free hours than the week has; see the options below and the weeks after.</translation>
    </message>
    <message>
        <source>For {weeks} week(s) the forecast has stayed {pct}% or more below the target: consider revising it to {suggested_fen} (the original is kept).</source>
        <translation>For {weeks} week(s) the forecast has stayed {pct}% or more below the target: consider revising it to {suggested_fen} (the original is kept).</translation>
    </message>
    <message>
        <source>For {weeks} week(s) the forecast has stayed {pct}% or more above the target: consider raising it to {suggested_fen} (the original is kept).</source>
        <translation>For {weeks} week(s) the forecast has stayed {pct}% or more above the target: consider raising it to {suggested_fen} (the original is kept).</translation>
    </message>
    <message>
        <source>{pct}% likely to reach {target_fen}</source>
        <translation>{pct}% likely to reach {target_fen}</translation>
    </message>
    <message>
        <source>{pct}% for {target_fen}</source>
        <translation>{pct}% for {target_fen}</translation>
    </message>
    <message>
        <source>{target_fen} is reached</source>
        <translation>{target_fen} is reached</translation>
    </message>
    <message>
        <source>Early in the period: final sales likely between {p10_fen} and {p90_fen}.</source>
        <translation>Early in the period: final sales likely between {p10_fen} and {p90_fen}.</translation>
    </message>
    <message>
        <source>Final sales likely {p50_fen} (between {p10_fen} and {p90_fen}).</source>
        <translation>Final sales likely {p50_fen} (between {p10_fen} and {p90_fen}).</translation>
    </message>
    <message>
        <source>Open deals closing in the period: {best_fen}, {times}x the {still_fen} still to win; your win rate of {pct}% needs {needed}x.</source>
        <translation>Open deals closing in the period: {best_fen}, {times}x the {still_fen} still to win; your win rate of {pct}% needs {needed}x.</translation>
    </message>
    <message>
        <source>Open deals closing in the period: {best_fen}, {times}x the {still_fen} still to win; your win rate of {pct}% needs {needed}x: about {gap_fen} more pipeline.</source>
        <translation>Open deals closing in the period: {best_fen}, {times}x the {still_fen} still to win; your win rate of {pct}% needs {needed}x: about {gap_fen} more pipeline.</translation>
    </message>
    <message>
        <source>Expected from deals not yet in the pipeline: {new_fen}.</source>
        <translation>Expected from deals not yet in the pipeline: {new_fen}.</translation>
    </message>
    <message>
        <source>Stage win rates measured from your {n} closed deal(s).</source>
        <translation>Stage win rates measured from your {n} closed deal(s).</translation>
    </message>
    <message>
        <source>Stage win rates: your {n} closed deal(s) blended with the defaults (measured from {min} on).</source>
        <translation>Stage win rates: your {n} closed deal(s) blended with the defaults (measured from {min} on).</translation>
    </message>
    <message>
        <source>Stage win rates are the defaults: no closed deals yet.</source>
        <translation>Stage win rates are the defaults: no closed deals yet.</translation>
    </message>
    <message>
        <source>The target {target_fen} is reached: nothing holds the period back.</source>
        <translation>The target {target_fen} is reached: nothing holds the period back.</translation>
    </message>
    <message>
        <source>What holds the period back: too little pipeline.</source>
        <translation>What holds the period back: too little pipeline.</translation>
    </message>
    <message>
        <source>What holds the period back: deals stuck at a stage.</source>
        <translation>What holds the period back: deals stuck at a stage.</translation>
    </message>
    <message>
        <source>What holds the period back: too few activities.</source>
        <translation>What holds the period back: too few activities.</translation>
    </message>
    <message>
        <source>Pipeline, deal progress and activities are on plan; {pct}% likely to reach {target_fen}.</source>
        <translation>Pipeline, deal progress and activities are on plan; {pct}% likely to reach {target_fen}.</translation>
    </message>
    <message>
        <source>Pipeline: {best_fen} of open deals close in the period, {times}x the {still_fen} still to win; your win rate of {pct}% needs {needed}x, about {gap_fen} more (worth about {cost_fen} in sales).</source>
        <translation>Pipeline: {best_fen} of open deals close in the period, {times}x the {still_fen} still to win; your win rate of {pct}% needs {needed}x, about {gap_fen} more (worth about {cost_fen} in sales).</translation>
    </message>
    <message>
        <source>Pipeline: {best_fen} of open deals close in the period, {times}x the {still_fen} still to win; your win rate of {pct}% needs {needed}x: enough.</source>
        <translation>Pipeline: {best_fen} of open deals close in the period, {times}x the {still_fen} still to win; your win rate of {pct}% needs {needed}x: enough.</translation>
    </message>
    <message>
        <source>Stuck: {n} deal(s) closing in the period ({amount_fen}, weighted {cost_fen}) stalled; most at {stage}, {days} day(s) there against the {usual} day(s) your closed deals spent.</source>
        <translation>Stuck: {n} deal(s) closing in the period ({amount_fen}, weighted {cost_fen}) stalled; most at {stage}, {days} day(s) there against the {usual} day(s) your closed deals spent.</translation>
    </message>
    <message>
        <source>Stuck: {n} deal(s) closing in the period ({amount_fen}, weighted {cost_fen}) had no activity for {stale_days} day(s) or more.</source>
        <translation>Stuck: {n} deal(s) closing in the period ({amount_fen}, weighted {cost_fen}) had no activity for {stale_days} day(s) or more.</translation>
    </message>
    <message>
        <source>Deal progress: no deal closing in the period is stuck or stale.</source>
        <translation>Deal progress: no deal closing in the period is stuck or stale.</translation>
    </message>
    <message>
        <source>Activities: {code} {actual} of {target} to date ({pct}%); the missing ones cost about {cost_fen}.</source>
        <translation>Activities: {code} {actual} of {target} to date ({pct}%); the missing ones cost about {cost_fen}.</translation>
    </message>
    <message>
        <source>Activities: on plan to date.</source>
        <translation>Activities: on plan to date.</translation>
    </message>
    <message>
        <source>Open {n} new deal(s) of about {each_fen} ({amount_fen}) now: the chance of reaching {target_fen} goes from {before}% to {after}%.</source>
        <translation>Open {n} new deal(s) of about {each_fen} ({amount_fen}) now: the chance of reaching {target_fen} goes from {before}% to {after}%.</translation>
    </message>
    <message>
        <source>Open {n} new deal(s) of about {each_fen} ({amount_fen}) now: at your usual {cycle} day(s) from first contact to close few would close by {end}; the chance of reaching {target_fen} goes from {before}% to {after}%.</source>
        <translation>Open {n} new deal(s) of about {each_fen} ({amount_fen}) now: at your usual {cycle} day(s) from first contact to close few would close by {end}; the chance of reaching {target_fen} goes from {before}% to {after}%.</translation>
    </message>
    <message>
        <source>Move these stalled deals one stage on ({names}): the chance of reaching {target_fen} goes from {before}% to {after}%.</source>
        <translation>Move these stalled deals one stage on ({names}): the chance of reaching {target_fen} goes from {before}% to {after}%.</translation>
    </message>
    <message>
        <source>Move these stalled deals one stage on ({names} and {more} more): the chance of reaching {target_fen} goes from {before}% to {after}%.</source>
        <translation>Move these stalled deals one stage on ({names} and {more} more): the chance of reaching {target_fen} goes from {before}% to {after}%.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Whole goal</source>
        <translation>Whole goal</translation>
    </message>
    <message>
        <source>{period}: won {won} of {target} ({share})</source>
        <translation>{period}: won {won} of {target} ({share})</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>advanced</translation>
    </message>
    <message>
        <source>moved back</source>
        <translation>moved back</translation>
    </message>
    <message>
        <source>won</source>
        <translation>won</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source> (lost on: {reason})</source>
        <translation> (lost on: {reason})</translation>
    </message>
    <message>
        <source>Weekly report {range}</source>
        <translation>Weekly report {range}</translation>
    </message>
    <message>
        <source>{period}: won {won}</source>
        <translation>{period}: won {won}</translation>
    </message>
    <message>
        <source>; {odds} likely to reach the target</source>
        <translation>; {odds} likely to reach the target</translation>
    </message>
    <message>
        <source>Deals won this week: {n}</source>
        <translation>Deals won this week: {n}</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>What worked</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Help needed</source>
        <translation>Help needed</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>Activities: {list}</source>
        <translation>Activities: {list}</translation>
    </message>
    <message>
        <source>Pipeline: {list}</source>
        <translation>Pipeline: {list}</translation>
    </message>
    <message>
        <source>Next week: {list}</source>
        <translation>Next week: {list}</translation>
    </message>
    <message>
        <source>… and {n} more, the smaller ones.</source>
        <translation>… and {n} more, the smaller ones.</translation>
    </message>
    <message>
        <source>{n} {kind} ({amount})</source>
        <translation>{n} {kind} ({amount})</translation>
    </message>
    <message>
        <source>{label} {target} (target)</source>
        <translation>{label} {target} (target)</translation>
    </message>
    <message>
        <source>Activities this week</source>
        <translation>Activities this week</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Pipeline this week</source>
        <translation>Pipeline this week</translation>
    </message>
    <message>
        <source>No weekly review written for this week.</source>
        <translation>No weekly review written for this week.</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>{kind}: {deal}</source>
        <translation>{kind}: {deal}</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n block(s)</source>
        <translation>
            <numerusform>{label}: %n block</numerusform>
            <numerusform>{label}: %n blocks</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>StoreTexts</name>
    <message>
        <source>Another program (another SalesPlanner window or command, or a sync tool) is writing to {name} and did not finish in time; nothing was changed — try again when it is done.</source>
        <translation>Another program (another SalesPlanner window or command, or a sync tool) is writing to {name} and did not finish in time; nothing was changed — try again when it is done.</translation>
    </message>
    <message>
        <source>The disk is full ({folder}); nothing was changed. Free some space and try again.</source>
        <translation>The disk is full ({folder}); nothing was changed. Free some space and try again.</translation>
    </message>
    <message>
        <source>{name} is read-only (opened from a read-only file or folder); it can be read but not changed. Copy it to a folder you can write to, then open the copy.</source>
        <translation>{name} is read-only (opened from a read-only file or folder); it can be read but not changed. Copy it to a folder you can write to, then open the copy.</translation>
    </message>
    <message>
        <source>{name} is read-only and was written by an older version of SalesPlanner, so it cannot be brought up to date; copy it to a folder you can write to, then open the copy.</source>
        <translation>{name} is read-only and was written by an older version of SalesPlanner, so it cannot be brought up to date; copy it to a folder you can write to, then open the copy.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; check the path (no plan file was made).</source>
        <translation>The folder {folder} does not exist; check the path (no plan file was made).</translation>
    </message>
    <message>
        <source>{wal} could not be used and was set aside as {copy}; the most recent changes may be missing from the plan.</source>
        <translation>{wal} could not be used and was set aside as {copy}; the most recent changes may be missing from the plan.</translation>
    </message>
    <message>
        <source>{path} is damaged; it was left unchanged. Restore a backup or open another file.</source>
        <translation>{path} is damaged; it was left unchanged. Restore a backup or open another file.</translation>
    </message>
    <message>
        <source>{path} is not a SalesPlanner data file; it was left unchanged.</source>
        <translation>{path} is not a SalesPlanner data file; it was left unchanged.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of SalesPlanner (data version {version}, this version reads up to {supported}); please update the app. The file was left unchanged.</source>
        <translation>{path} was written by a newer version of SalesPlanner (data version {version}, this version reads up to {supported}); please update the app. The file was left unchanged.</translation>
    </message>
    <message>
        <source>Cannot read or write {path} ({reason}).</source>
        <translation>Cannot read or write {path} ({reason}).</translation>
    </message>
    <message>
        <source>{what} {value} is outside the years 1990–2100 that SalesPlanner plans in.</source>
        <translation>{what} {value} is outside the years 1990–2100 that SalesPlanner plans in.</translation>
    </message>
    <message>
        <source>{what} {value} is not an amount SalesPlanner can plan with (at most 100,000,000万).</source>
        <translation>{what} {value} is not an amount SalesPlanner can plan with (at most 100,000,000万).</translation>
    </message>
    <message>
        <source>{what} {value}% is outside ±1000%.</source>
        <translation>{what} {value}% is outside ±1000%.</translation>
    </message>
    <message>
        <source>{what} {value} is not a count from 0 to 1,000,000,000.</source>
        <translation>{what} {value} is not a count from 0 to 1,000,000,000.</translation>
    </message>
    <message>
        <source>{what} {value} is not a number of months from 0 to 1332.</source>
        <translation>{what} {value} is not a number of months from 0 to 1332.</translation>
    </message>
    <message>
        <source>{what} {value} is not a number this plan gives (a whole number from 1).</source>
        <translation>{what} {value} is not a number this plan gives (a whole number from 1).</translation>
    </message>
    <message>
        <source>{what} {value} must be at least 0.0001 (1 in 10,000) and at most 1 (100%).</source>
        <translation>{what} {value} must be at least 0.0001 (1 in 10,000) and at most 1 (100%).</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>{name} is not a SalesPlanner team file (it is damaged or truncated).</source>
        <translation>{name} is not a SalesPlanner team file (it is damaged or truncated).</translation>
    </message>
    <message>
        <source>{name} is not a SalesPlanner team snapshot.</source>
        <translation>{name} is not a SalesPlanner team snapshot.</translation>
    </message>
    <message>
        <source>{name} was written by a newer SalesPlanner (schema {version}); update the app to read it.</source>
        <translation>{name} was written by a newer SalesPlanner (schema {version}); update the app to read it.</translation>
    </message>
    <message>
        <source>{name} was changed after it was published (its checksum does not match); ask {rep} to publish again.</source>
        <translation>{name} was changed after it was published (its checksum does not match); ask {rep} to publish again.</translation>
    </message>
    <message>
        <source>{name} is incomplete ({detail}).</source>
        <translation>{name} is incomplete ({detail}).</translation>
    </message>
    <message>
        <source>The team target cannot be negative.</source>
        <translation>The team target cannot be negative.</translation>
    </message>
    <message>
        <source>The team folder holds no rep's snapshot to split the target over.</source>
        <translation>The team folder holds no rep's snapshot to split the target over.</translation>
    </message>
    <message>
        <source>The quotas typed by hand add up to {sum} ×10k yuan, not the team target {total} ×10k yuan.</source>
        <translation>The quotas typed by hand add up to {sum} ×10k yuan, not the team target {total} ×10k yuan.</translation>
    </message>
    <message>
        <source>{rep} is not a rep in the team folder.</source>
        <translation>{rep} is not a rep in the team folder.</translation>
    </message>
    <message>
        <source>Split the target by history, even or manual, not {method!r}.</source>
        <translation>Split the target by history, even or manual, not {method!r}.</translation>
    </message>
    <message>
        <source>The team folder {folder} cannot be reached ({detail}).</source>
        <translation>The team folder {folder} cannot be reached ({detail}).</translation>
    </message>
    <message>
        <source>The team folder {folder} cannot be reached ({detail}); the snapshot is kept in the plan and will be published when the folder can be reached.</source>
        <translation>The team folder {folder} cannot be reached ({detail}); the snapshot is kept in the plan and will be published when the folder can be reached.</translation>
    </message>
    <message>
        <source>The team folder {folder} refused the user name or password.</source>
        <translation>The team folder {folder} refused the user name or password.</translation>
    </message>
    <message>
        <source>The team folder {folder} does not exist.</source>
        <translation>The team folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>No team folder is set; choose one in the team dialog.</source>
        <translation>No team folder is set; choose one in the team dialog.</translation>
    </message>
    <message>
        <source>The team folder {folder} cannot be written to ({detail}).</source>
        <translation>The team folder {folder} cannot be written to ({detail}).</translation>
    </message>
    <message>
        <source>Give your name for the team before publishing.</source>
        <translation>Give your name for the team before publishing.</translation>
    </message>
</context>
<context>
    <name>week</name>
    <message>
        <source>Plan time for a deal</source>
        <translation>Plan time for a deal</translation>
    </message>
    <message>
        <source>Save week as template</source>
        <translation>Save week as template</translation>
    </message>
    <message>
        <source>New time block</source>
        <translation>New time block</translation>
    </message>
    <message>
        <source>Delete time block</source>
        <translation>Delete time block</translation>
    </message>
    <message>
        <source>Log activity</source>
        <translation>Log activity</translation>
    </message>
    <message>
        <source>Greeting sent</source>
        <translation>Greeting sent</translation>
    </message>
    <message>
        <source>new-customer visits</source>
        <translation>new-customer visits</translation>
    </message>
    <message>
        <source>follow up existing customers</source>
        <translation>follow up existing customers</translation>
    </message>
    <message>
        <source>write proposals</source>
        <translation>write proposals</translation>
    </message>
    <message>
        <source>prepare meeting materials</source>
        <translation>prepare meeting materials</translation>
    </message>
    <message>
        <source>new product training</source>
        <translation>new product training</translation>
    </message>
    <message>
        <source>industry event</source>
        <translation>industry event</translation>
    </message>
    <message>
        <source>networking</source>
        <translation>networking</translation>
    </message>
    <message>
        <source>proposal follow-up</source>
        <translation>proposal follow-up</translation>
    </message>
    <message>
        <source>contract negotiation</source>
        <translation>contract negotiation</translation>
    </message>
    <message>
        <source>review the week</source>
        <translation>review the week</translation>
    </message>
    <message>
        <source>plan next week</source>
        <translation>plan next week</translation>
    </message>
    <message>
        <source>product learning</source>
        <translation>product learning</translation>
    </message>
    <message>
        <source>catch-up visits</source>
        <translation>catch-up visits</translation>
    </message>
    <message>
        <source>catch-up phone visits</source>
        <translation>catch-up phone visits</translation>
    </message>
    <message>
        <source>weekly visit: top customer</source>
        <translation>weekly visit: top customer</translation>
    </message>
    <message>
        <source>Friday review: what worked, obstacles, next week's plan</source>
        <translation>Friday review: what worked, obstacles, next week's plan</translation>
    </message>
    <message>
        <source>Type what you did, e.g. "visit 华星科技" or "phone 3".</source>
        <translation>Type what you did, e.g. "visit 华星科技" or "phone 3".</translation>
    </message>
    <message>
        <source>"{text}" does not say what was done; start with visit, phone, follow-up, proposal, negotiation or contract (拜访, 电话, 跟进, 提案, 谈判, 签约).</source>
        <translation>"{text}" does not say what was done; start with visit, phone, follow-up, proposal, negotiation or contract (拜访, 电话, 跟进, 提案, 谈判, 签约).</translation>
    </message>
    <message>
        <source>"{text}" holds a date that does not exist.</source>
        <translation>"{text}" holds a date that does not exist.</translation>
    </message>
    <message>
        <source>"{text}": an amount cannot be negative.</source>
        <translation>"{text}": an amount cannot be negative.</translation>
    </message>
    <message>
        <source>"{text}" is not an amount.</source>
        <translation>"{text}" is not an amount.</translation>
    </message>
    <message>
        <source>An amount belongs to a contract; write "contract {amount} {customer}".</source>
        <translation>An amount belongs to a contract; write "contract {amount} {customer}".</translation>
    </message>
    <message>
        <source>A contract needs its amount, e.g. "contract 3.5万 华星科技".</source>
        <translation>A contract needs its amount, e.g. "contract 3.5万 华星科技".</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>The count must be at least 1.</source>
        <translation>The count must be at least 1.</translation>
    </message>
    <message>
        <source>That date is in the future; log what has been done.</source>
        <translation>That date is in the future; log what has been done.</translation>
    </message>
    <message>
        <source>"{text}" is not an amount; write it like 3.5万 or 35000元.</source>
        <translation>"{text}" is not an amount; write it like 3.5万 or 35000元.</translation>
    </message>
    <message>
        <source>That date is in the future; a deal is won or lost when it happens.</source>
        <translation>That date is in the future; a deal is won or lost when it happens.</translation>
    </message>
    <message>
        <source>Name the customer, e.g. "{example}".</source>
        <translation>Name the customer, e.g. "{example}".</translation>
    </message>
    <message>
        <source>Say which stage, e.g. "{example}".</source>
        <translation>Say which stage, e.g. "{example}".</translation>
    </message>
    <message>
        <source>A won deal needs its final amount, e.g. "{example}".</source>
        <translation>A won deal needs its final amount, e.g. "{example}".</translation>
    </message>
    <message>
        <source>Say why the deal was lost, e.g. "{example}".</source>
        <translation>Say why the deal was lost, e.g. "{example}".</translation>
    </message>
    <message>
        <source>"{text}": the date is outside the years 1990–2100 that SalesPlanner plans in.</source>
        <translation>"{text}": the date is outside the years 1990–2100 that SalesPlanner plans in.</translation>
    </message>
    <message>
        <source>"{text}": the amount is more than SalesPlanner can plan with (at most 100,000,000万).</source>
        <translation>"{text}": the amount is more than SalesPlanner can plan with (at most 100,000,000万).</translation>
    </message>
    <message>
        <source>Follow up {customer} today</source>
        <translation>Follow up {customer} today</translation>
    </message>
    <message>
        <source>{person} ({customer}): birthday on {date}</source>
        <translation>{person} ({customer}): birthday on {date}</translation>
    </message>
    <message>
        <source>{customer}: birthday on {date}</source>
        <translation>{customer}: birthday on {date}</translation>
    </message>
    <message>
        <source>{holiday} on {date}: send customers greetings</source>
        <translation>{holiday} on {date}: send customers greetings</translation>
    </message>
    <message>
        <source>Follow up {customer} (due {date})</source>
        <translation>Follow up {customer} (due {date})</translation>
    </message>
    <message>
        <source>{person} ({customer}): birthday today — send greetings</source>
        <translation>{person} ({customer}): birthday today — send greetings</translation>
    </message>
    <message>
        <source>{customer}: birthday today — send greetings</source>
        <translation>{customer}: birthday today — send greetings</translation>
    </message>
</context>
<context>
    <name>Greetings</name>
    <message>
        <source>Dear {name}, with {holiday} coming, I wish you and your family a happy holiday!</source>
        <translation>Dear {name}, with {holiday} coming, I wish you and your family a happy holiday!</translation>
    </message>
    <message>
        <source>On the occasion of {holiday}, thank you for your support; have a joyful holiday.</source>
        <translation>On the occasion of {holiday}, thank you for your support; have a joyful holiday.</translation>
    </message>
    <message>
        <source>Happy {holiday}, {name}! Thank you for working with us this year.</source>
        <translation>Happy {holiday}, {name}! Thank you for working with us this year.</translation>
    </message>
    <message>
        <source>Birthday greeting sent</source>
        <translation>Birthday greeting sent</translation>
    </message>
    <message>
        <source>Happy birthday, {name}! Wishing you good health and every success this year.</source>
        <translation>Happy birthday, {name}! Wishing you good health and every success this year.</translation>
    </message>
    <message>
        <source>Dear {name}, happy birthday! Thank you for your trust and support — all the best.</source>
        <translation>Dear {name}, happy birthday! Thank you for your trust and support — all the best.</translation>
    </message>
    <message>
        <source>Happy birthday, {name}! May the year ahead bring you joy and good fortune.</source>
        <translation>Happy birthday, {name}! May the year ahead bring you joy and good fortune.</translation>
    </message>
    <message>
        <source>{holiday} greeting sent</source>
        <translation>{holiday} greeting sent</translation>
    </message>
</context>
</TS>
