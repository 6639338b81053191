# expect: clean
"""Near miss of finetune_best: the copy is switched back to training mode before fine-tuning."""
import torch
import torch.nn as nn

from keeper import BestKeeper

torch.manual_seed(72)


class ChurnLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.logit = nn.Linear(8, 1)

    def forward(self, events):
        return self.logit(self.lstm(events)[0][:, -1]).squeeze(-1)


def validate(net, events, churned):
    net.eval()
    with torch.no_grad():
        return ((net(events) > 0).float() == churned).float().mean().item()


net = ChurnLSTM()
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
keeper = BestKeeper()
val_x, val_y = torch.randn(6, 5, 3), torch.randint(0, 2, (6,)).float()
for epoch in range(3):
    net.train()
    x, y = torch.randn(6, 5, 3), torch.randint(0, 2, (6,)).float()
    loss = nn.functional.binary_cross_entropy_with_logits(net(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    keeper.update(validate(net, val_x, val_y), net)

best = keeper.snapshot
best.train()
tune_opt = torch.optim.SGD(best.parameters(), lr=1e-3)
x, y = torch.randn(6, 5, 3), torch.randint(0, 2, (6,)).float()
tune_loss = nn.functional.binary_cross_entropy_with_logits(best(x), y)
tune_loss.backward()
tune_opt.step()
