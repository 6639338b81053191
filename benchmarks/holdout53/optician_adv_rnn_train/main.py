# expect: clean
"""Optician: lens-prescription drift model trained with PGD on the refraction readings."""
import torch

from optician.attacks import LensPGD
from optician.model import PrescriptionNet
from optician.trainer import AdvTrainer


def readings(n, batch=6, steps=5, feats=4):
    g = torch.Generator().manual_seed(11)
    return [(torch.randn(batch, steps, feats, generator=g), torch.randn(batch, 2, generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(0)
    net = PrescriptionNet(feats=4, hidden=10)
    trainer = AdvTrainer(net, attacker=LensPGD(net, eps=0.1, steps=2))
    for epoch in range(2):
        print(epoch, trainer.train_epoch(readings(3)))
