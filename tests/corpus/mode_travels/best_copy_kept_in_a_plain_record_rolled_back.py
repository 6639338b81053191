# expect: crash
"""Early stopping keeps the best network in a plain record (`record.best = copy.deepcopy(net)`), copied inside
`check()` right after `net.eval()`; on a plateau the loop rolls back to that copy and trains it. The copy kept
the eval mode it was made in, so its GRU runs its forward in eval mode."""
import copy

import torch
import torch.nn as nn


class Record:
    def __init__(self):
        self.best_score = float("inf")
        self.best = None
        self.patience_left = 1


def check(net, batch, record):
    net.eval()
    with torch.no_grad():
        states, _ = net(batch)
        score = float(states.pow(2).mean())
    if score < record.best_score:
        record.best_score = score
        record.best = copy.deepcopy(net)
    else:
        record.patience_left -= 1
    net.train()
    return score


def main():
    net = nn.GRU(4, 6, batch_first=True)
    optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
    record = Record()
    batch = torch.randn(3, 5, 4)
    for epoch in range(3):
        states, _ = net(batch)
        optimizer.zero_grad()
        states.pow(2).mean().backward()  # TM001-here
        optimizer.step()
        check(net, batch, record)
        if record.patience_left <= 0 or epoch == 1:
            net = record.best
            optimizer = torch.optim.SGD(net.parameters(), lr=0.05)
            record.patience_left = 1


if __name__ == "__main__":
    main()
