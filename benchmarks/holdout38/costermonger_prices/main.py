# expect: crash
"""Costermongers' barrow prices: forecast tomorrow's price per fruit with an LSTM,
logging input saliency for one street after every epoch."""
import torch

from coster.core import PriceNet, Loop
from coster.callbacks import SaliencyLogger, HistoryLogger

CFG = dict(n_fruit=4, hidden=8, epochs=2, batch=4, days=7, lr=5e-3)


def main():
    torch.manual_seed(9)
    net = PriceNet(CFG["n_fruit"], CFG["hidden"])
    loop = Loop(net, CFG, callbacks=[HistoryLogger(), SaliencyLogger(street=0)])
    loop.fit()


if __name__ == "__main__":
    main()
