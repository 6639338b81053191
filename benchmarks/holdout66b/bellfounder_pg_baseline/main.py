# expect: crash
"""Bell-tuning agent: REINFORCE with a learned baseline.  Run: python main.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from bellpg import TuningEnv, Agent, Baseline, run_training  # noqa: E402

CONFIG = {"episodes": 3, "horizon": 5, "gamma": 0.95, "lr": 1e-2, "hidden": 8}

if __name__ == "__main__":
    torch.manual_seed(8)
    env = TuningEnv(horizon=CONFIG["horizon"])
    agent = Agent(env.obs_dim, env.n_actions, CONFIG["hidden"])
    baseline = Baseline(env.obs_dim, CONFIG["hidden"])
    history = run_training(env, agent, baseline, CONFIG)
    print("returns", [round(r, 3) for r in history])
