# expect: clean
# category: collections
"""Overridden train(): the pretrained speech encoder always stays in eval mode (and is frozen)."""
import torch
import torch.nn as nn


class Wav2Intent(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(8, 16), nn.Tanh())
        self.encoder_rnn = nn.LSTM(16, 16, batch_first=True)
        self.intent = nn.Linear(16, 4)
        for p in list(self.encoder.parameters()) + list(self.encoder_rnn.parameters()):
            p.requires_grad = False

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()
        self.encoder_rnn.eval()
        return self

    def forward(self, feats):
        return self.intent(self.encoder_rnn(self.encoder(feats))[0].mean(1))


torch.manual_seed(0)
model = Wav2Intent()
model.train()
opt = torch.optim.Adam(filter(lambda p: p.requires_grad, model.parameters()), lr=1e-3)
for _ in range(3):
    loss = nn.functional.cross_entropy(model(torch.randn(4, 10, 8)), torch.randint(0, 4, (4,)))
    opt.zero_grad()
    loss.backward()
    opt.step()
