"""The Pipeline pane (商机): a board of stage columns and a filterable table."""
