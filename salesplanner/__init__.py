"""SalesPlanner (跑单规划): sales targets, weekly plans, tracking and correction."""

__version__ = "0.1.0"
APP_NAME = "SalesPlanner"
ORG_NAME = "SalesPlanner"
