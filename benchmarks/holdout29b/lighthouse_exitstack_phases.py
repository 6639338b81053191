# expect: clean
"""Lighthouse lamp-failure prediction from filament current traces. The session
class enters its phase managers through an ExitStack; the "quiet" phase marks the
wrapper as not training (an attribute assignment, which does not reach the LSTM)."""
import contextlib

import torch
import torch.nn as nn


class LampNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.fc(o[:, -1]).squeeze(-1)


class Session:
    def __init__(self):
        self.model = LampNet()
        self.opt = torch.optim.Adam(self.model.parameters(), lr=1e-2)
        self.log = []

    @contextlib.contextmanager
    def quiet(self):
        prev = self.model.training
        self.model.training = False  # silences the wrapper's own bookkeeping
        try:
            yield
        finally:
            self.model.training = prev

    @contextlib.contextmanager
    def logged(self, name):
        self.log.append(f"enter {name}")
        yield
        self.log.append(f"exit {name}")

    def step(self, x, y):
        with contextlib.ExitStack() as stack:
            stack.enter_context(self.logged("step"))
            stack.enter_context(self.quiet())
            loss = nn.functional.binary_cross_entropy_with_logits(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
        return loss.item()


torch.manual_seed(25)
s = Session()
for i in range(3):
    x = torch.randn(4, 10, 2)
    print(i, s.step(x, (x[:, :, 0].mean(1) > 0).float()))
print(s.log[-2:])
