# expect: crash
"""Saliency-guided dropout for an ECG-free vibration classifier: input saliency is computed with
the model in eval, then the least salient time steps are masked in the training batch. The
saliency gradient itself is the first backward through the eval-mode GRU."""
import torch
import torch.nn as nn


class VibGRU(nn.Module):
    def __init__(self, d=4, hidden=8):
        super().__init__()
        self.gru = nn.GRU(d, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h.mean(1))


def saliency(model, x, y):
    model.eval()
    x = x.clone().requires_grad_(True)
    score = model(x).gather(1, y[:, None]).sum()
    score.backward()  # TM001-here
    return x.grad.abs().sum(-1)


def main():
    torch.manual_seed(3)
    model = VibGRU()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    x, y = torch.randn(6, 10, 4), torch.randint(0, 2, (6,))
    for epoch in range(2):
        sal = saliency(model, x, y)
        keep = (sal >= sal.quantile(0.2, dim=1, keepdim=True)).float().unsqueeze(-1)
        model.train()
        loss = nn.functional.cross_entropy(model(x * keep), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(epoch, loss.item())


if __name__ == "__main__":
    main()
