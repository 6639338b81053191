# expect: clean
"""MAPPO with a shared recurrent actor and a centralised critic (GRU).
Rollouts are collected by the runner in eval mode; the trainer prepares training."""
import torch

from runner import SharedRunner
from r_mappo import R_MAPPO, R_MAPPOPolicy

args = {"n_agents": 2, "obs_dim": 4, "act_dim": 3, "hidden": 8, "episode_length": 6,
        "ppo_epoch": 2, "clip_param": 0.2, "lr": 5e-4, "episodes": 2}

if __name__ == "__main__":
    torch.manual_seed(0)
    policy = R_MAPPOPolicy(args)
    trainer = R_MAPPO(args, policy)
    runner = SharedRunner(args, policy, trainer)
    runner.run()
