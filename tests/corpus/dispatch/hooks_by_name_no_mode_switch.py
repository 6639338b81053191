# expect: crash
"""A loop calls its callbacks' hooks by name (getattr(cb, hook, None)) before and after each batch. A
periodic validation callback leaves the model in eval mode after on_batch_end, and, unlike
hooks_by_name_mode_switch_callback.py, no callback puts it back in training mode: the batch after the
first validation runs forward and backward through an eval-mode LSTM."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


class PeriodicValidation:
    def __init__(self, data, every=2):
        self.data = data
        self.every = every

    def on_batch_end(self, loop):
        if loop.step % self.every == 0:
            loop.model.eval()
            with torch.no_grad():
                x, y = self.data
                loop.val_loss = F.cross_entropy(loop.model(x), y).item()


class LossPrinter:
    def on_batch_end(self, loop):
        print(loop.step, loop.loss, loop.val_loss)


class Loop:
    def __init__(self, model, callbacks):
        self.model = model
        self.callbacks = callbacks
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        self.step, self.loss, self.val_loss = 0, None, None

    def call(self, hook):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self)

    def fit(self, batches):
        for x, y in batches:
            self.call("on_batch_start")
            loss = F.cross_entropy(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            self.step += 1
            self.loss = loss.item()
            self.call("on_batch_end")


torch.manual_seed(0)
batches = [(torch.randn(4, 5, 4), torch.randint(0, 2, (4,))) for _ in range(4)]
val = (torch.randn(4, 5, 4), torch.randint(0, 2, (4,)))
loop = Loop(Net(), [PeriodicValidation(val), LossPrinter()])
loop.fit(batches)
