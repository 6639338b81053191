# expect: crash
"""Cider-orchard fermentation: Fisher-weighted averaging of two press-house models."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(17)


class VatLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.cls = nn.Linear(8, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.cls(h[:, -1])


def fit(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        x, y = torch.randn(6, 8, 3), torch.randint(0, 2, (6,))
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model.eval()


def diagonal_fisher(model, x):
    fisher = {n: torch.zeros_like(p) for n, p in model.named_parameters()}
    for i in range(x.shape[0]):
        logp = F.log_softmax(model(x[i:i + 1]), -1)
        label = logp.argmax(-1)
        model.zero_grad()
        logp[0, label].sum().backward()  # TM001-here
        for n, p in model.named_parameters():
            fisher[n] += p.grad.pow(2) / x.shape[0]
    return fisher


def fisher_merge(models, fishers):
    merged = VatLSTM()
    state = {}
    for n, _ in merged.named_parameters():
        num = sum(f[n] * dict(m.named_parameters())[n].detach() for m, f in zip(models, fishers))
        den = sum(f[n] for f in fishers) + 1e-8
        state[n] = num / den
    merged.load_state_dict(state, strict=False)
    return merged


press_a, press_b = fit(VatLSTM()), fit(VatLSTM())
probe = torch.randn(4, 8, 3)
fishers = [diagonal_fisher(m, probe) for m in (press_a, press_b)]
merged = fisher_merge([press_a, press_b], fishers)
print("merged", sum(p.abs().sum().item() for p in merged.parameters()))
