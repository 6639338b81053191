# expect: clean
"""Fine-tuning keeps some parts deterministic, picked from `named_modules()` by a module-level table of name
prefixes (`name.startswith(DETERMINISTIC)`): the projection and the dropout are put in eval mode, the GRU
stays in training mode."""
import torch
import torch.nn as nn

DETERMINISTIC = ("body.proj", "body.drop")


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.ModuleDict({"proj": nn.Linear(4, 6), "drop": nn.Dropout(0.2), "gru": nn.GRU(6, 6, batch_first=True)})
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        b = self.body
        return self.head(b["gru"](b["drop"](b["proj"](x)))[0][:, -1])


def prepare(model):
    model.train()
    for name, module in model.named_modules():
        if name.startswith(DETERMINISTIC):
            module.eval()


model = Forecaster()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
prepare(model)
for _ in range(2):
    loss = (model(torch.randn(3, 5, 4)) - 1).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
