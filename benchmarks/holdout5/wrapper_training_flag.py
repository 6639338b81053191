# expect: clean
# category: near_miss
"""A wrapper adds input augmentation during training; to disable augmentation for a
consistency-regularisation pass, the code flips the wrapper's own `training` attribute."""
import torch
import torch.nn as nn

torch.manual_seed(31)


class AugmentedModel(nn.Module):
    def __init__(self, core):
        super().__init__()
        self.core = core

    def forward(self, x):
        if self.training:
            x = x + 0.1 * torch.randn_like(x)
            x = x * (torch.rand(x.size(0), 1, 1) > 0.1)
        return self.core(x)


class Core(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 12, batch_first=True)
        self.fc = nn.Linear(12, 3)

    def forward(self, x):
        return self.fc(self.rnn(x)[1][-1])


model = AugmentedModel(Core())
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(4):
    x, y = torch.randn(8, 10, 4), torch.randint(0, 3, (8,))
    model.training = True
    logits_aug = model(x)
    model.training = False  # clean view: no augmentation
    logits_clean = model(x)
    consistency = nn.functional.kl_div(logits_aug.log_softmax(1), logits_clean.softmax(1), reduction="batchmean")
    loss = nn.functional.cross_entropy(logits_aug, y) + 0.5 * consistency
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"step {step}: loss {loss.item():.3f}")
