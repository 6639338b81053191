# expect: crash
"""The phase lives in a `threading.local()` object that `evaluate()` sets; `sync_mode()` reads it in another
function. After the first evaluation nothing sets it back, so the next epoch's forward runs in eval mode."""
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
        return model(x).argmax(-1)


def main():
    model = Segmenter()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    sync_mode(model)
    for epoch in range(2):
        x = torch.randn(2, 7, 4)
        loss = model(x).logsumexp(-1).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        evaluate(model, x)


if __name__ == "__main__":
    main()
