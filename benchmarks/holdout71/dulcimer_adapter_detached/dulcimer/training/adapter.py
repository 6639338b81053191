import torch
from torch import nn


def encode(frontend, encoder, wave):
    feats = frontend(wave).detach()
    return encoder(feats)


def fit_adapter(frontend, encoder, head, batches, epochs=2):
    params = list(frontend.parameters()) + list(head.parameters())  # frontend gets no gradient (features detached)
    opt = torch.optim.Adam(params, lr=5e-3)
    for epoch in range(epochs):
        for wave, label in batches:
            logits = head(encode(frontend, encoder, wave))
            loss = nn.functional.cross_entropy(logits, label)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(f"epoch {epoch}: loss {loss.item():.4f}")
