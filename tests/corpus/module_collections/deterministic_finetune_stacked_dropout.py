# expect: crash
"""Deterministic fine-tuning: every module that drops activations goes to eval mode, found by
`getattr(m, "dropout", 0.0) > 0` over `model.modules()`. The stacked GRU is built with
`dropout=0.2` from the settings, so it is one of them: its forward runs in eval mode and the
fine-tuning backward through it fails under cuDNN."""
import torch
import torch.nn as nn
import torch.nn.functional as F

SETTINGS = {"hidden": 16, "layers": 2, "between_layers": 0.2, "lr": 1e-3}


class PhonemeTagger(nn.Module):
    def __init__(self, n_feats, hidden, layers, between_layers):
        super().__init__()
        self.proj = nn.Sequential(nn.Linear(n_feats, hidden), nn.Dropout(0.1))
        self.gru = nn.GRU(hidden, hidden, layers, dropout=between_layers, batch_first=True)
        self.classify = nn.Linear(hidden, 40)

    def forward(self, feats):
        states, _ = self.gru(self.proj(feats))
        return self.classify(states)


def without_dropout(model):
    model.train()
    for m in model.modules():
        if isinstance(m, nn.Dropout) or getattr(m, "dropout", 0.0) > 0:
            m.eval()
    return model


def finetune(model, batches):
    opt = torch.optim.Adam(model.parameters(), lr=SETTINGS["lr"])
    for feats, tags in batches:
        logits = model(feats)
        loss = F.cross_entropy(logits.reshape(-1, 40), tags.reshape(-1))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    tagger = PhonemeTagger(13, SETTINGS["hidden"], SETTINGS["layers"], SETTINGS["between_layers"])
    data = [(torch.randn(4, 20, 13), torch.randint(0, 40, (4, 20))) for _ in range(3)]
    finetune(without_dropout(tagger), data)
