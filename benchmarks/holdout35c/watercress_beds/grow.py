# expect: clean
"""Watercress-bed flow model: predicts next-day nitrate at the outflow.

Phases come from an INI file's [schedule] section as ``name = mode, handler``
pairs, walked in file order. The "recalibrate" phase runs with cuDNN switched
off because the farm's older GPUs mis-handled the bidirectional kernels.
"""
import configparser

import torch

from cressbed import PHASES, OutflowGRU, spring_batches

SETTINGS = """
[run]
seed = 5
lr = 0.02

[schedule]
establish = train, fit
inspect = eval, inspect
recalibrate = eval, fit_without_cudnn
final = eval, inspect
"""


def schedule_from(cfg):
    table = []
    for name, spec in cfg.items("schedule"):
        mode, handler = (s.strip() for s in spec.split(","))
        table.append((name, mode, handler))
    return table


def main():
    cfg = configparser.ConfigParser()
    cfg.read_string(SETTINGS)
    torch.manual_seed(cfg.getint("run", "seed"))
    net = OutflowGRU(n_in=3, hidden=8)
    opt = torch.optim.RMSprop(net.parameters(), lr=cfg.getfloat("run", "lr"))
    batches = spring_batches(3)
    for name, mode, handler in schedule_from(cfg):
        getattr(net, mode)()
        value = PHASES[handler](net, opt, batches)
        print(f"{name:12s} ({mode}) -> {value:.4f}")


if __name__ == "__main__":
    main()
