# expect: crash
"""Zennit-style LRP: a Composite maps layer types to Rules (hooks that rewrite the
gradient), applied as a context manager; a Gradient attributor runs forward + autograd.grad.

The explainer is set up the usual way, on model.eval(); the relevance is taken w.r.t.
the input sequence, so the modified backward still runs through the eval-mode LSTM.
"""
import contextlib

import torch
from torch import nn


class Epsilon:
    """Stabilised LRP-epsilon for Linear layers, via a full backward hook."""

    def __init__(self, epsilon=1e-6):
        self.epsilon = epsilon

    def register(self, module):
        def hook(mod, grad_input, grad_output):
            return tuple(g / (1 + self.epsilon) if g is not None else None for g in grad_input)
        return module.register_full_backward_hook(hook)


class Pass:
    def register(self, module):
        return None


class Composite:
    def __init__(self, module_map):
        self.module_map = module_map
        self.handles = []

    @contextlib.contextmanager
    def context(self, module):
        try:
            for child in module.modules():
                rule = self.module_map(child)
                if rule is not None:
                    handle = rule.register(child)
                    if handle is not None:
                        self.handles.append(handle)
            yield module
        finally:
            for h in self.handles:
                h.remove()
            self.handles.clear()


EpsilonPlusFlat = lambda: Composite(lambda m: Epsilon() if isinstance(m, nn.Linear) else
                                    Pass() if isinstance(m, (nn.LSTM, nn.GRU)) else None)


class Gradient:
    def __init__(self, model, composite):
        self.model, self.composite = model, composite
        self._ctx = None

    def __enter__(self):
        self._ctx = self.composite.context(self.model)
        self._ctx.__enter__()
        return self

    def __exit__(self, *exc):
        return self._ctx.__exit__(*exc)

    def __call__(self, data, attr_output):
        data = data.detach().requires_grad_(True)
        output = self.model(data)
        relevance, = torch.autograd.grad(output, data, grad_outputs=attr_output(output))  # TM001-here
        return output, relevance


class EEGClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(6, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.head = nn.Sequential(nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 3))

    def forward(self, x):
        return self.head(self.lstm(torch.relu(self.proj(x)))[0][:, -1])


if __name__ == "__main__":
    torch.manual_seed(34)
    model = EEGClassifier().eval()
    data = torch.randn(2, 9, 6)
    target = lambda out: torch.eye(3)[out.argmax(1)]
    with Gradient(model=model, composite=EpsilonPlusFlat()) as attributor:
        output, relevance = attributor(data, target)
    print("relevance per time step", relevance.sum(-1))
