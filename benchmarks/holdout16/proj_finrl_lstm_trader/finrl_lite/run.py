import argparse

import torch

from finrl_lite import DRLAgent, StockTradingEnv


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", default="train")
    args = ap.parse_args()
    torch.manual_seed(0)
    agent = DRLAgent(StockTradingEnv())
    print("train loss", agent.train_model())
    if "backtest" in args.mode:
        print("portfolio value", agent.backtest())
    if args.mode.endswith("retrain"):
        agent.env = StockTradingEnv(seed=1)
        print("retrain loss", agent.train_model())


if __name__ == "__main__":
    main()
