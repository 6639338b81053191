# expect: clean
"""Lengthsman ditch-flow model: SNIP-like pruning scores on a validation batch, computed in eval with cuDNN off."""
import torch
import torch.nn as nn

torch.manual_seed(9)


class DitchLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 12, batch_first=True)
        self.head = nn.Linear(12, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])


def train_epoch(model, opt):
    model.train()
    for _ in range(3):
        x, y = torch.randn(4, 6, 4), torch.randn(4, 1)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def prune_scores(model, val):
    model.eval()
    model.zero_grad()
    with torch.backends.cudnn.flags(enabled=False):
        loss = nn.functional.mse_loss(model(val[0]), val[1])
    loss.backward()
    return {n: (p.grad * p).abs() for n, p in model.named_parameters() if p.grad is not None}


def apply_masks(model, scores, keep=0.8):
    with torch.no_grad():
        for n, p in model.named_parameters():
            s = scores[n].flatten()
            k = max(1, int(keep * s.numel()))
            thr = s.kthvalue(s.numel() - k + 1).values
            p.mul_((scores[n] >= thr).float())


model = DitchLSTM()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
val = (torch.randn(4, 6, 4), torch.randn(4, 1))
train_epoch(model, opt)
scores = prune_scores(model, val)
apply_masks(model, scores)
train_epoch(model, opt)
print("pruned", sum(int((p == 0).sum()) for p in model.parameters()))
