from .base import BaseStrategy
from .plugins import GEMLikePlugin, StrategyPlugin
