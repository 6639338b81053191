# expect: clean
"""GRU4Rec session recommender driven by a YAML-ish nested config. Phase
switching goes through a dict of lambdas keyed by phase name."""
import torch

from conf import load_config
from model import GRU4Rec
from phases import PHASE_MODE, run_phase

RAW = """
model:
  n_items: 20
  hidden: 8
trainer:
  epochs: 2
  lr: 0.01
  phases: [sanity, train, valid]
"""

if __name__ == "__main__":
    cfg = load_config(RAW)
    torch.manual_seed(0)
    net = GRU4Rec(cfg.model.n_items, cfg.model.hidden)
    opt = torch.optim.Adagrad(net.parameters(), lr=cfg.trainer.lr)
    for epoch in range(cfg.trainer.epochs):
        for phase in cfg.trainer.phases:
            PHASE_MODE[phase](net)
            print(epoch, phase, run_phase(net, opt, phase, cfg))
