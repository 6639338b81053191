# expect: crash
"""Lichen: synthesise growth-rate traces for lichen survey plots with a WGAN-GP
whose critic is a GRU. Both nets stay in train mode throughout."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import torch  # noqa: E402

from lichen import GanLoop, GrowthCritic, GrowthGenerator  # noqa: E402

SETTINGS = {"seq_len": 6, "noise_dim": 4, "hidden": 8, "batch": 4, "iters": 2, "n_critic": 2, "gp_weight": 10.0}


def real_traces(n, t):
    base = torch.linspace(0, 1, t)
    return (base[None, :] * torch.rand(n, 1) + 0.05 * torch.randn(n, t)).unsqueeze(-1)


def main():
    torch.manual_seed(7)
    gen = GrowthGenerator(SETTINGS["noise_dim"], SETTINGS["hidden"], SETTINGS["seq_len"])
    critic = GrowthCritic(SETTINGS["hidden"])
    loop = GanLoop(gen, critic, SETTINGS)
    for it in range(SETTINGS["iters"]):
        stats = loop.iteration(real_traces(SETTINGS["batch"], SETTINGS["seq_len"]))
        print(it, {k: round(v, 4) for k, v in stats.items()})


if __name__ == "__main__":
    main()
