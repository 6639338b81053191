# expect: clean
"""Salt boiler: crystal-grade classes per boiling pan. Phases come from a YAML-like settings text."""
import torch

from pans import PHASES, build, parse_settings

SETTINGS = """
model: pan_gru
hidden: 8
phases: fit, calibrate, report
lr: 0.02
epochs: 2
"""


def main():
    torch.manual_seed(13)
    cfg = parse_settings(SETTINGS)
    state = {"model": build(cfg["model"], hidden=int(cfg["hidden"])), "cfg": cfg,
             "data": (torch.randn(8, 6, 3), torch.randint(0, 3, (8,)))}
    for name in [p.strip() for p in cfg["phases"].split(",")]:
        PHASES[name](state)
    print("temperature", round(state["temperature"], 4))


if __name__ == "__main__":
    main()
