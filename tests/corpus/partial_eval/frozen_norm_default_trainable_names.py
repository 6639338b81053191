# expect: clean
"""Snow-fence drift fine-tuning with frozen normalisation: a helper puts the model in eval mode and then trains the
submodules its `trainable` parameter names, by `getattr`, by `get_submodule` and through
`dict(model.named_modules())`. Left at their defaults the names are the GRU's, so the backward is safe."""
import torch
import torch.nn as nn


class DriftNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = nn.BatchNorm1d(2)
        self.encoder = nn.Module()
        self.encoder.rnn = nn.GRU(2, 5, batch_first=True)
        self.temporal = nn.GRU(5, 5, batch_first=True)
        self.head = nn.Linear(5, 1)

    def forward(self, x):
        x = self.norm(x.transpose(1, 2)).transpose(1, 2)
        h, _ = self.encoder.rnn(x)
        h, _ = self.temporal(h)
        return self.head(h[:, -1])


def frozen_norm_mode(model, trainable=("temporal",), nested=("encoder.rnn",)):
    model.eval()
    for name in trainable:
        getattr(model, name).train()
    named = dict(model.named_modules())
    for path in nested:
        named[path].train()
    return model


def thaw(model, path="encoder.rnn"):
    model.get_submodule(path).train()


torch.manual_seed(2)
model = DriftNet()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for epoch in range(2):
    frozen_norm_mode(model)
    x, y = torch.randn(4, 6, 2), torch.randn(4, 1)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    model.eval()
    thaw(model)
    model.temporal.train()
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, loss.item())
