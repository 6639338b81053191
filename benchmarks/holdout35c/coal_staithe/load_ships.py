# expect: crash
"""Coal-staithe loading: an ensemble of small GRUs predicts chute time per collier.

The ensemble wrapper keeps its members in a list (so they can be swapped
without re-registering) and delegates mode changes to them.
"""
import torch

from staithe import StaitheEnsemble, ChuteGRU
from staithe.utils import disagreement, train_members


def voyages(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 6, 3, generator=g), torch.rand(4, 1, generator=g) * 10) for _ in range(n)]


def main():
    torch.manual_seed(12)
    ens = StaitheEnsemble([ChuteGRU(3, 6) for _ in range(3)])
    opt = torch.optim.Adam(ens.parameters(), lr=1e-2)
    data = voyages(3, seed=1)
    ens.train()
    print("round 0 loss", round(train_members(ens, opt, data), 4))
    print("disagreement", round(disagreement(ens, data[0][0]), 4))
    ens.train()
    print("round 1 loss", round(train_members(ens, opt, data), 4))


if __name__ == "__main__":
    main()
