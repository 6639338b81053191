# expect: clean
# As item_lookup_trainer_probe.py, but the probe puts the model back in train mode before its
# forward (dropout-free model: the gradient is the same), so cuDNN can run the backward.
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.out = nn.Linear(8, 3)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


class Runner:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=0.1)

    def __getitem__(self, name):
        return {"fit": self.fit, "score": self.score, "probe": self.probe}[name]

    def fit(self, x, y):
        self.model.train()
        loss = nn.functional.cross_entropy(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def score(self, x, y):
        self.model.eval()
        with torch.no_grad():
            return (self.model(x).argmax(-1) == y).float().mean().item()

    def probe(self, x, y):
        self.model.train()
        x = x.clone().requires_grad_(True)
        nn.functional.cross_entropy(self.model(x), y).backward()
        return x.grad.abs().mean().item()


runner = Runner(Tagger())
x, y = torch.randn(4, 5, 4), torch.randint(0, 3, (4,))
for name in ("fit", "score", "probe"):
    print(name, runner[name](x, y))
