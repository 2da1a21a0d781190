"""The journal pane: everything logged, to look back at and correct."""
