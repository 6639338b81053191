# expect: crash
"""Tar-boiling kettle temperature model, trained on two seasons in turn with EWC."""
import torch

from consolidation import EWC
from tasks import season_batches, train_season
from net import KettleNet

if __name__ == "__main__":
    torch.manual_seed(4)
    net = KettleNet()
    spring = season_batches(4, shift=0.0)
    train_season(net, spring, penalty=None)
    ewc = EWC(net, spring, lam=50.0)
    autumn = season_batches(4, shift=1.5)
    train_season(net, autumn, penalty=ewc)
    print("penalty after autumn", float(ewc.penalty(net)))
