# expect: crash
"""Self-training with a consistency term: the "clean" view is predicted in eval mode (to switch dropout off),
the model is switched back to train for the noisy view, and both predictions enter a loss with grad."""
import torch
import torch.nn.functional as F
from torch import nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.LSTM(4, 8, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.cls = nn.Linear(8, 3)

    def forward(self, x):
        return self.cls(self.drop(self.encoder(x)[0][:, -1]))


torch.manual_seed(0)
model = Model()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(3):
    x_lab, y_lab = torch.randn(4, 6, 4), torch.randint(0, 3, (4,))
    x_unl = torch.randn(4, 6, 4)
    model.eval()
    p_clean = F.softmax(model(x_unl), -1)
    model.train()
    p_noisy = F.log_softmax(model(x_unl + 0.1 * torch.randn_like(x_unl)), -1)
    loss = F.cross_entropy(model(x_lab), y_lab) + F.kl_div(p_noisy, p_clean, reduction="batchmean") \
        + 0.1 * (p_clean * p_clean.clamp_min(1e-8).log()).sum(-1).mean().neg()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(step, round(loss.item(), 4))
