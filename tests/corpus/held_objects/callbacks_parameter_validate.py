# expect: crash
"""A DeepChem-style model wrapper: fit(dataset, callbacks=[...]) calls each callback object with itself
after every step; a validation callback asks the wrapper for predictions, which puts the GRU in eval and
never back, and the next training step's backward runs through it."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


class EveryN:
    def __init__(self, data, n):
        self.data, self.n = data, n

    def __call__(self, wrapper, step):
        if step % self.n == 0:
            print("valid", wrapper.predict(self.data).mean().item())


class Wrapper:
    def __init__(self, module):
        self.module = module
        self.opt = torch.optim.Adam(module.parameters(), lr=1e-3)

    def fit(self, batches, callbacks=()):
        self.module.train()
        for step, (x, y) in enumerate(batches, 1):
            loss = nn.functional.mse_loss(self.module(x), y)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            for callback in callbacks:
                callback(self, step)

    def predict(self, x):
        self.module.eval()
        with torch.no_grad():
            return self.module(x)


torch.manual_seed(0)
wrapper = Wrapper(Net())
batches = [(torch.randn(2, 4, 3), torch.randn(2, 1))] * 4
wrapper.fit(batches, callbacks=[EveryN(torch.randn(2, 4, 3), 2)])
print("done")
