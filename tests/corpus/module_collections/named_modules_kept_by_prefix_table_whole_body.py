# expect: crash
"""As named_modules_kept_by_prefix_table, but the table names the whole body (`("body",)`): every module under it,
the GRU included, is put in eval mode before the fine-tuning backward."""
import torch
import torch.nn as nn

DETERMINISTIC = ("body",)


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
    loss.backward()  # TM001-here
    opt.step()
