# expect: clean
"""The phase lives in a `threading.local()` object that `evaluate()` sets; `sync_mode()` reads it in another
function. `evaluate()` sets it back to "train" and syncs again before it returns: every epoch trains."""
import threading

import torch
import torch.nn as nn

state = threading.local()
state.phase = "train"


class Segmenter(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True, bidirectional=True)
        self.out = nn.Linear(16, 3)

    def forward(self, x):
        return self.out(self.gru(x)[0])


def sync_mode(model):
    model.train(state.phase == "train")


def evaluate(model, x):
    state.phase = "eval"
    sync_mode(model)
    with torch.no_grad():
        labels = model(x).argmax(-1)
    state.phase = "train"
    sync_mode(model)
    return labels


def main():
    model = Segmenter()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    sync_mode(model)
    for epoch in range(2):
        x = torch.randn(2, 7, 4)
        loss = model(x).logsumexp(-1).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        evaluate(model, x)


if __name__ == "__main__":
    main()
