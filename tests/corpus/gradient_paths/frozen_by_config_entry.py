# expect: clean
"""The model's own train() puts every child whose parameters are all frozen back in eval, so a frozen LSTM runs
in eval mode during training. build(cfg) freezes the LSTM and sets the embedding's requires_grad from the config;
with "tune_embeddings": False nothing upstream of the LSTM needs a gradient (token ids have none), so the
backward stops at the head and never enters the eval-mode LSTM."""
import torch
import torch.nn as nn
import torch.nn.functional as F

CONFIG = {"vocab": 20, "hidden": 8, "tune_embeddings": False, "lr": 0.05}


class Reader(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.emb = nn.Embedding(vocab, 6)
        self.lstm = nn.LSTM(6, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 3)

    def train(self, mode=True):
        super().train(mode)
        for child in self.children():
            if all(not p.requires_grad for p in child.parameters()):
                child.eval()
        return self

    def forward(self, tokens):
        return self.head(self.lstm(self.emb(tokens))[0][:, -1])


def build(cfg):
    model = Reader(cfg["vocab"], cfg["hidden"])
    model.lstm.requires_grad_(False)
    model.emb.requires_grad_(cfg["tune_embeddings"])
    return model


torch.manual_seed(0)
model = build(CONFIG)
optimizer = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=CONFIG["lr"])
for epoch in range(2):
    model.train()
    for _ in range(3):
        tokens, labels = torch.randint(0, CONFIG["vocab"], (4, 7)), torch.randint(0, 3, (4,))
        loss = F.cross_entropy(model(tokens), labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    print(f"epoch {epoch}: loss {loss.item():.3f}")
