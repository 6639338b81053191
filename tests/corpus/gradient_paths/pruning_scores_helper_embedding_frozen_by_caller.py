# expect: crash
"""Connection-sensitivity pruning of a classifier head (|w * dL/dw|): the script froze only the embedding before
training; the scoring helper switches the whole model to eval (dropout off) and runs a backward. The GRU's own
weights still need grad, so the backward runs through its eval-mode forward."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(40, 8)
        self.gru = nn.GRU(8, 16, batch_first=True)

    def forward(self, tokens):
        return self.gru(self.embed(tokens))[0][:, -1]


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder()
        self.head = nn.Sequential(nn.Linear(16, 16), nn.Dropout(0.2), nn.ReLU(), nn.Linear(16, 3))

    def forward(self, tokens):
        return self.head(self.encoder(tokens))


def freeze_encoder(model):
    for p in model.encoder.embed.parameters():
        p.requires_grad_(False)


def sensitivity(model, batches):
    model.eval()
    weights = {n: p for n, p in model.head.named_parameters() if n.endswith("weight")}
    scores = {n: torch.zeros_like(p) for n, p in weights.items()}
    for tokens, labels in batches:
        model.zero_grad()
        F.cross_entropy(model(tokens), labels).backward()  # TM001-here
        for n, p in weights.items():
            scores[n] += (p.detach() * p.grad).abs()
    return scores


torch.manual_seed(0)
model = Classifier()
freeze_encoder(model)
opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
batches = [(torch.randint(0, 40, (4, 6)), torch.randint(0, 3, (4,))) for _ in range(2)]
model.train()
for tokens, labels in batches:
    opt.zero_grad()
    F.cross_entropy(model(tokens), labels).backward()
    opt.step()
print({n: round(s.sum().item(), 4) for n, s in sensitivity(model, batches).items()})
