# expect: clean
"""Slate-roofing batten spacing model trained on two quarries in turn with EWC."""
import torch

from consolidation import EWC
from tasks import quarry_batches, train_quarry, evaluate
from net import BattenNet

if __name__ == "__main__":
    torch.manual_seed(8)
    net = BattenNet()
    first = quarry_batches(4, scale=1.0)
    train_quarry(net, first)
    ewc = EWC(net, first, lam=20.0)
    second = quarry_batches(4, scale=2.0)
    train_quarry(net, second, penalty=ewc)
    print("first-quarry error after second", evaluate(net, first))
