# expect: crash
# accelerate-style loop: an epoch-end callback evaluates accelerator.unwrap_model(model) in eval mode,
# and the trainer only calls model.train() once, before the first epoch.
import functools

import torch
import torch.nn as nn

from callbacks import EvalCallback
from trainer import AccelerateTrainer
from utils import Accelerator, toy_regression_batches


class SeqRegressor(nn.Module):
    def __init__(self, feat=3, hidden=10):
        super().__init__()
        self.rnn = nn.RNN(feat, hidden, batch_first=True, nonlinearity="relu")
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.out(h[-1])


if __name__ == "__main__":
    torch.manual_seed(0)
    acc = Accelerator()
    model = SeqRegressor()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    trainer = AccelerateTrainer(acc, model, opt,
                                callbacks=[EvalCallback(functools.partial(toy_regression_batches, 2, seed=9))])
    trainer.fit(functools.partial(toy_regression_batches, 3), epochs=2)
    print("done")
