# expect: crash
"""A Trainer class: validate() calls self.model.eval(); train_epoch() never calls train()."""
import torch
import torch.nn as nn


class SpeechTagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(13, 24, batch_first=True, bidirectional=True)
        self.out = nn.Linear(48, 6)

    def forward(self, feats):
        return self.out(self.gru(feats)[0])


class Trainer:
    def __init__(self, model):
        self.model = model
        self.optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

    def train_epoch(self):
        feats, labels = torch.randn(4, 10, 13), torch.randint(0, 6, (4, 10))
        logits = self.model(feats)
        loss = nn.functional.cross_entropy(logits.reshape(-1, 6), labels.reshape(-1))
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()

    def validate(self):
        self.model.eval()
        with torch.no_grad():
            return self.model(torch.randn(2, 10, 13)).argmax(-1).float().mean().item()

    def fit(self, epochs):
        for epoch in range(epochs):
            print(epoch, self.train_epoch(), self.validate())


if __name__ == "__main__":
    torch.manual_seed(0)
    Trainer(SpeechTagger()).fit(3)
