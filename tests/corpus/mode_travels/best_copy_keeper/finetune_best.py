# expect: crash
"""Keep the best validated model, then fine-tune that copy on more data: the copy was taken right after
validation, in eval mode, and nothing switches it back before its backward."""
import torch
import torch.nn as nn

from keeper import BestKeeper

torch.manual_seed(71)


class ChurnGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.logit = nn.Linear(8, 1)

    def forward(self, events):
        return self.logit(self.gru(events)[1][-1]).squeeze(-1)


def validate(net, events, churned):
    net.eval()
    with torch.no_grad():
        return ((net(events) > 0).float() == churned).float().mean().item()


net = ChurnGRU()
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
tune_opt = torch.optim.SGD(best.parameters(), lr=1e-3)
x, y = torch.randn(6, 5, 3), torch.randint(0, 2, (6,)).float()
tune_loss = nn.functional.binary_cross_entropy_with_logits(best(x), y)
tune_loss.backward()  # TM001-here
tune_opt.step()
