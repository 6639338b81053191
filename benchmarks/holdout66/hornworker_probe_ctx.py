# expect: crash
"""Hornworker tooling: a quick probe inside an eval context may fail; training goes on afterwards."""
import contextlib
import logging

import torch
import torch.nn as nn

log = logging.getLogger("probe")


@contextlib.contextmanager
def evaluating(model):
    model.eval()
    yield model
    model.train()


class CombNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(20, 6)
        self.lstm = nn.LSTM(6, 8, batch_first=True)
        self.cls = nn.Linear(8, 2)

    def forward(self, tok):
        h, _ = self.lstm(self.emb(tok))
        return self.cls(h[:, -1])


def probe(model, tokens):
    with evaluating(model):
        with torch.no_grad():
            probs = model(tokens).softmax(-1)
        if probs.shape[0] < 4:
            raise ValueError("probe batch too small")
    return probs


def main():
    torch.manual_seed(0)
    model = CombNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for it in range(3):
        tok = torch.randint(0, 20, (4, 7))
        y = torch.randint(0, 2, (4,))
        loss = nn.functional.cross_entropy(model(tok), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        try:
            probe(model, tok[:2])
        except ValueError as exc:
            log.warning("probe skipped: %s", exc)
    print("done", loss.item())


if __name__ == "__main__":
    main()
