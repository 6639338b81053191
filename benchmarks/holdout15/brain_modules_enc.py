# expect: clean
"""SpeechBrain-free "brain" object holding its modules in an nn.ModuleDict
(`brain.modules.enc`, `brain.modules.dec`). For test-time adaptation the whole
brain goes to eval (BatchNorm statistics frozen), and then only the recurrent
encoder is switched back with `brain.modules.enc.train()` before adapting.
"""
import torch
import torch.nn as nn


class Brain:
    def __init__(self, modules, opt_class):
        self.modules = nn.ModuleDict(modules)
        self.optimizer = opt_class(self.modules.parameters())

    def compute_forward(self, feats):
        h, _ = self.modules.enc(self.modules.norm(feats.transpose(1, 2)).transpose(1, 2))
        return self.modules.dec(h)

    def eval(self):
        self.modules.eval()
        return self

    def adapt(self, feats, steps=2):
        for _ in range(steps):
            logp = self.compute_forward(feats).log_softmax(-1)
            loss = -(logp.exp() * logp).sum(-1).mean()
            self.optimizer.zero_grad()
            loss.backward()
            self.optimizer.step()
        return loss.item()


torch.manual_seed(0)
brain = Brain({"norm": nn.BatchNorm1d(8), "enc": nn.GRU(8, 10, batch_first=True, bidirectional=True),
               "dec": nn.Linear(20, 5)}, lambda p: torch.optim.SGD(p, lr=1e-3))
feats = torch.randn(3, 11, 8)
brain.modules.train()
brain.compute_forward(feats)
brain.eval()
brain.modules.enc.train()
print("adapted", brain.adapt(feats))
