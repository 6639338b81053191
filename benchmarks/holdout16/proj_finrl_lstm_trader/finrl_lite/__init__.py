from finrl_lite.env import StockTradingEnv
from finrl_lite.agent import DRLAgent

__all__ = ["StockTradingEnv", "DRLAgent"]
