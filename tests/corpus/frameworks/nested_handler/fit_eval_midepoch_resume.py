# expect: clean
# category: frameworks
"""The same schedule with a callback that resumes training mode after each evaluation."""
import torch

from nets import GRUReg, data
from trainkit import Callback, Trainer


class Resume(Callback):
    def after_eval(self, step, model=None, loss=None):
        model.train()


torch.manual_seed(0)
trainer = Trainer(GRUReg(), data(), data(2, seed=1), eval_every=2, callbacks=[Resume()])
trainer.fit()
