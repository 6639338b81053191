import torch
from torch import nn


class NeedleModule(nn.Module):
    """A hand-written imitation of a LightningModule: steps and optimisers live on the model."""

    def __init__(self, vocab=12, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, vocab)
        self.loss_fn = nn.CrossEntropyLoss()

    def forward(self, tokens):
        h, _ = self.lstm(self.emb(tokens))
        return self.head(h)

    def training_step(self, batch, batch_idx):
        x, y = batch
        logits = self(x)
        return self.loss_fn(logits.reshape(-1, logits.size(-1)), y.reshape(-1))

    def validation_step(self, batch, batch_idx):
        return self.training_step(batch, batch_idx).item()

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)

    @torch.no_grad()
    def sample(self, start, length=5):
        tok = torch.tensor([[start]])
        out = [start]
        for _ in range(length):
            tok = self(tok)[:, -1].argmax(-1, keepdim=True)
            out.append(int(tok))
        return out
