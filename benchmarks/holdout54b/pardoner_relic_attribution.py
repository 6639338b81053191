# expect: crash
"""Pardoner relic-authenticity attribution through an explainer wrapper.

Rebuilt in spirit from truera/trulens PR #82: an explanation library's
PyTorch model wrapper ran `self._model.eval()` before every forward "for
determinism", and the input-gradient attribution that followed then had to
backpropagate through an eval-mode LSTM.  The PR added a `force_eval` option
that defaults to True.  Tiny own code, not the library's.
"""
import torch
import torch.nn as nn


class RelicLSTM(nn.Module):
    """Reads provenance entries (year gap, distance, seller trust, price)."""

    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, entries):
        h, _ = self.lstm(entries)
        return self.cls(h[:, -1])


class ExplainableWrapper:
    def __init__(self, model, force_eval=True):
        self._model = model
        self.force_eval = force_eval

    def fprop(self, x):
        if self.force_eval:
            self._model.eval()  # deterministic outputs for the explanation
        return self._model(x)

    def qoi_bprop(self, x, class_index):
        x = x.clone().requires_grad_(True)
        out = self.fprop(x)
        qoi = out[:, class_index].sum()
        (g,) = torch.autograd.grad(qoi, x)  # TM001-here
        return g


class InputGradients:
    def __init__(self, wrapper, class_index=1):
        self.wrapper = wrapper
        self.class_index = class_index

    def attributions(self, x):
        return self.wrapper.qoi_bprop(x, self.class_index) * x


def provenance(n, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(n, 5, 4, generator=g)
    y = (x[:, :, 2].mean(1) > 0.5).long()
    return x, y


def main():
    torch.manual_seed(3)
    model = RelicLSTM()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = provenance(24)
    model.train()
    for _ in range(10):
        opt.zero_grad()
        nn.functional.cross_entropy(model(x), y).backward()
        opt.step()
    explainer = InputGradients(ExplainableWrapper(model))
    attr = explainer.attributions(provenance(2, seed=5)[0])
    print("feature attributions:", attr.sum((0, 1)).round(decimals=3).tolist())


if __name__ == "__main__":
    main()
