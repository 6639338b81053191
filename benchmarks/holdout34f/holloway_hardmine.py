# expect: crash
"""Holloway erosion classifier with online hard-example mining scored in eval mode."""
import torch
import torch.nn as nn

torch.manual_seed(1)


class ErosionLSTM(nn.Module):
    def __init__(self, n_feat=4, hidden=8, n_cls=3):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return self.cls(h[-1])


def score_examples(model, x, y):
    """Per-example loss, scored deterministically (dropout off)."""
    model.eval()
    logits = model(x)
    return nn.functional.cross_entropy(logits, y, reduction="none")


def mine_step(model, opt, x, y, keep=3):
    losses = score_examples(model, x, y)
    hard = losses.topk(keep).indices
    loss = losses[hard].mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


model = ErosionLSTM()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(3):
    model.train()
    x, y = torch.randn(6, 5, 4), torch.randint(0, 3, (6,))
    print(step, mine_step(model, opt, x, y))
