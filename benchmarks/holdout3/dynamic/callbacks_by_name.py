# expect: crash
# category: dynamic
"""fastai-like Learner with callbacks dispatched by event name via getattr; one callback records validation metrics."""
import torch
from torch import nn

torch.manual_seed(40)


class Callback:
    order = 0


class Recorder(Callback):
    def after_batch(self, learn):
        learn.losses.append(learn.loss.item())


class ValidationMetrics(Callback):
    order = 10

    def after_epoch(self, learn):
        learn.module.eval()
        with torch.no_grad():
            preds = torch.cat([learn.module(x).argmax(-1) for x, _ in learn.valid_dl])
        targets = torch.cat([y for _, y in learn.valid_dl])
        print(f"epoch {learn.epoch}: valid accuracy {(preds == targets).float().mean():.2f}")


class Learner:
    def __init__(self, module, train_dl, valid_dl, cbs=(), lr=1e-2):
        self.module, self.train_dl, self.valid_dl = module, train_dl, valid_dl
        self.cbs = sorted(cbs, key=lambda cb: cb.order)
        self.opt = torch.optim.Adam(module.parameters(), lr=lr)
        self.losses = []

    def __call__(self, event):
        for cb in self.cbs:
            handler = getattr(cb, event, None)
            if handler is not None:
                handler(self)

    def one_batch(self, x, y):
        self.loss = nn.functional.cross_entropy(self.module(x), y)
        self.loss.backward()  # TM001-here
        self.opt.step()
        self.opt.zero_grad()
        self("after_batch")

    def fit(self, n_epoch):
        self.module.train()
        self("before_fit")
        for self.epoch in range(n_epoch):
            self("before_epoch")
            for x, y in self.train_dl:
                self.one_batch(x, y)
            self("after_epoch")
        self("after_fit")


class RNNClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(4, 12, num_layers=2, batch_first=True, nonlinearity="tanh")
        self.head = nn.Linear(12, 3)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


train_dl = [(torch.randn(4, 6, 4), torch.randint(0, 3, (4,))) for _ in range(3)]
valid_dl = [(torch.randn(4, 6, 4), torch.randint(0, 3, (4,))) for _ in range(2)]
learn = Learner(RNNClassifier(), train_dl, valid_dl, cbs=[ValidationMetrics(), Recorder()])
learn.fit(2)
print("last loss", learn.losses[-1])
