# expect: crash
# category: modes
"""Noise-robust training of a speech-command GRU: a KL term pulls predictions on noisy inputs towards
predictions on the clean input, which are computed with dropout off."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(63)


class KeywordSpotter(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(10, 16, num_layers=2, batch_first=True, dropout=0.3)
        self.drop = nn.Dropout(0.3)
        self.fc = nn.Linear(16, 4)

    def forward(self, mfcc):
        return self.fc(self.drop(self.gru(mfcc)[0][:, -1]))


def add_noise(x, snr_db=10.0):
    power = x.pow(2).mean(dim=(1, 2), keepdim=True)
    return x + torch.randn_like(x) * (power / 10 ** (snr_db / 10)).sqrt()


model = KeywordSpotter()
opt = torch.optim.Adam(model.parameters(), lr=2e-3)
for step in range(4):
    x, y = torch.randn(8, 20, 10), torch.randint(0, 4, (8,))
    was_training = model.training
    model.eval()
    clean_logits = model(x)
    model.train(was_training)
    noisy_logits = model(add_noise(x))
    loss = F.cross_entropy(clean_logits, y) + F.cross_entropy(noisy_logits, y) + \
        F.kl_div(F.log_softmax(noisy_logits, -1), F.softmax(clean_logits, -1), reduction="batchmean")
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(f"step {step}: {loss.item():.4f}")
