# expect: clean
"""A model freezes its LSTM encoder in __init__ (requires_grad off, eval, and a train() override that
puts the encoder back in eval); a trainer builds the model and trains it. The raw inputs need no grad and
the encoder's weights are frozen, so the eval-mode LSTM has no backward to run: only the head learns."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class FrozenEncoderModel(nn.Module):
    def freeze_encoder(self):
        for p in self.encoder.parameters():
            p.requires_grad_(False)
        self.encoder.eval()

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()
        return self


class SignalClassifier(FrozenEncoderModel):
    def __init__(self, n_in=3, hidden=8, n_classes=2):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_classes)
        self.freeze_encoder()

    def forward(self, x):
        return self.head(self.encoder(x)[0][:, -1])


class HeadOnlyTrainer:
    def __init__(self, data):
        self.model = SignalClassifier()
        self.data = data
        self.opt = torch.optim.Adam([p for p in self.model.parameters() if p.requires_grad], lr=1e-2)

    def train_epoch(self):
        self.model.train()
        total = 0.0
        for x, y in self.data:
            loss = F.cross_entropy(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total / len(self.data)


torch.manual_seed(0)
data = [(torch.randn(4, 6, 3), torch.randint(0, 2, (4,))) for _ in range(2)]
trainer = HeadOnlyTrainer(data)
for epoch in range(2):
    print(epoch, trainer.train_epoch())
