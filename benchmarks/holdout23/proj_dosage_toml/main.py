# expect: crash
"""Offline RL for medication dosing: behaviour-cloning pretraining, then conservative policy improvement.
Phases and hyper-parameters come from config.toml."""
import os

import torch

from dosage.config import load_config
from dosage.policy import DosingPolicy
from dosage.session import Session


def main():
    torch.manual_seed(37)
    cfg = load_config(os.path.join(os.path.dirname(os.path.abspath(__file__)), "config.toml"))
    policy = DosingPolicy(cfg.model.obs_dim, cfg.model.hidden, cfg.model.n_doses)
    obs = torch.randn(4, 6, cfg.model.obs_dim)
    act = torch.randint(0, cfg.model.n_doses, (4, 6))
    adv = torch.randn(4, 6)
    for phase in cfg.phases:
        sess = Session(policy, phase.name, lr=phase.lr)
        for _ in range(phase.steps):
            print(phase.name, round(sess.step(obs, act, adv), 4))


if __name__ == "__main__":
    main()
