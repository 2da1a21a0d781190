"""The Goal pane and the goal wizard (METHOD.md sections 1-3)."""
