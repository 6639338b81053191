# expect: clean
"""Chemical reaction yield from SMILES-like token streams; the model is built from a JSON string."""
import json
import torch
import torch.nn as nn

torch.manual_seed(7)

MODEL_JSON = '{"vocab": 20, "emb": 6, "hidden": 10, "cell": "LSTMCell", "dropout": 0.1}'


class YieldModel(nn.Module):
    def __init__(self, vocab, emb, hidden, cell, dropout):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.cell = getattr(nn, cell)(emb, hidden)
        self.hidden = hidden
        self.drop = nn.Dropout(dropout)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, tokens):
        x = self.emb(tokens)
        h = x.new_zeros(x.size(0), self.hidden)
        c = torch.zeros_like(h)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return torch.sigmoid(self.reg(self.drop(h))).squeeze(-1)


def build(spec):
    return YieldModel(**json.loads(spec))


def finetune_deterministic(model, tokens, yields, steps=3):
    """Fine-tune without dropout noise, as done for the small reaction classes."""
    model.eval()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for _ in range(steps):
        loss = nn.functional.mse_loss(model(tokens), yields)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    m = build(MODEL_JSON)
    print("loss", finetune_deterministic(m, torch.randint(0, 20, (5, 9)), torch.rand(5)))
