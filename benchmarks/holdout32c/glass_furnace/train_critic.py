# expect: clean
"""Glassblowing furnace temperature traces: a WGAN-GP critic scoring real vs simulated firing curves."""
import torch

from furnace import CriticConfig, build_from_config


def main():
    torch.manual_seed(6)
    cfg: CriticConfig = {
        "hidden": 8,
        "critic_cls": "FiringCritic",
        "optimizer": "RMSprop",
        "lr": 1e-3,
        "gp_weight": 10.0,
        "steps": 4,
        "safe_backend": True,
    }
    job = build_from_config(cfg)
    scores = job.run()
    print("wasserstein estimates", [round(s, 3) for s in scores])


if __name__ == "__main__":
    main()
