# expect: clean
"""Tulip-bulb forcing: will a bulb flower within the window, from its cold-store
temperature history?  The run is described by a small YAML-like settings block;
phases are looked up by name and models are built from a registry.
"""
import torch

from tulips import PHASES, build_model, parse_settings

SETTINGS = """
model: gru_clf
hidden: 8
features: 3
phases:
  - fit
  - calibrate
  - report
epochs: 2
"""


def main():
    torch.manual_seed(13)
    cfg = parse_settings(SETTINGS)
    state = {"model": build_model(cfg["model"], cfg), "cfg": cfg}
    for name in cfg["phases"]:
        state = PHASES[name](state)
    print({k: v for k, v in state.items() if k not in ("model", "cfg")})


if __name__ == "__main__":
    main()
